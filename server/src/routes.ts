import { z } from 'zod';
import { authRoutes } from './auth/auth.routes';
import { auditRoutes } from './features/audit/audit.routes';
import { campaignRoutes } from './features/campaigns/campaigns.routes';
import { chapterRoutes } from './features/chapters/chapters.routes';
import { geoRoutes } from './features/geo/geo.routes';
import { goalRoutes } from './features/goals/goals.routes';
import { healthRoutes } from './features/health/health.routes';
import { importRoutes } from './features/imports/imports.routes';
import { mapRoutes } from './features/map/map.routes';
import { meRoutes } from './features/me/me.routes';
import { memberRoutes } from './features/members/members.routes';
import { podMeetingRoutes } from './features/pods/pod-meetings.routes';
import { petitionRoutes } from './features/petitions/petitions.routes';
import { podRoutes } from './features/pods/pods.routes';
import { reserveRoutes } from './features/reserve/reserve.routes';
import { pipelineRoutes } from './features/stats/pipeline.routes';
import { recruitmentRoutes } from './features/stats/recruitment.routes';
import { statsRoutes } from './features/stats/stats.routes';
import { unionStafferRoutes } from './features/union-staffers/union-staffers.routes';
import { voteRoutes } from './features/votes/votes.routes';
import { workplaceRoutes } from './features/workplaces/workplaces.routes';
import { buildOpenApi } from './http/openapi';
import { route, type RouteDef } from './http/route';

let openapi: ReturnType<typeof buildOpenApi> | null = null;

const openapiRoute = route({
  method: 'get',
  path: '/api/openapi.json',
  summary:
    'This API as an OpenAPI 3 document, generated from the route table and the shared schemas',
  tag: 'operations',
  access: 'public',
  response: z.record(z.string(), z.unknown()),
  handler: () => (openapi ??= buildOpenApi(routeTable)),
});

/**
 * The route table: every route the server has, with who may call it. The OpenAPI document and
 * the permission tests are generated from this list, so a route cannot exist outside it.
 */
export const routeTable: readonly RouteDef[] = [
  ...healthRoutes,
  openapiRoute,
  ...authRoutes,
  ...geoRoutes,
  ...chapterRoutes,
  ...statsRoutes,
  ...pipelineRoutes,
  ...recruitmentRoutes,
  ...goalRoutes,
  ...memberRoutes,
  ...workplaceRoutes,
  ...campaignRoutes,
  ...podRoutes,
  ...podMeetingRoutes,
  ...mapRoutes,
  ...meRoutes,
  ...auditRoutes,
  ...importRoutes,
  ...petitionRoutes,
  ...voteRoutes,
  ...reserveRoutes,
  ...unionStafferRoutes,
];
