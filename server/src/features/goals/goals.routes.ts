import { goalCreate, goalListQuery, goalPatch, goalStatus, page } from '@shopfloor/shared';
import { idParams, route } from '../../http/route';

const staff = ['national', 'chapter', 'organizer', 'admin'] as const;

export const goalRoutes = [
  route({
    method: 'get',
    path: '/api/goals',
    summary:
      "Goals the caller may see (organization-wide ones, its chapter's, its pods'), nation first, with progress, pace and projection",
    tag: 'metrics',
    access: staff,
    query: goalListQuery,
    response: page(goalStatus),
    handler: ({ services, actor, query }) => services.goals.list(actor!, query),
  }),
  route({
    method: 'post',
    path: '/api/goals',
    summary:
      'Set a goal: national staff for the nation, a region, state or industry; a chapter for itself; a pod by its committee or coordinators',
    tag: 'metrics',
    access: staff,
    body: goalCreate,
    response: goalStatus,
    status: 201,
    handler: ({ services, actor, body }) => services.goals.create(actor!, body),
  }),
  route({
    method: 'patch',
    path: '/api/goals/:id',
    summary: 'Change a goal (metric, target, dates); send back its version',
    tag: 'metrics',
    access: staff,
    params: idParams,
    body: goalPatch,
    response: goalStatus,
    handler: ({ services, actor, params, body }) => services.goals.update(actor!, params.id, body),
  }),
];
