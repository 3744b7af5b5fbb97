import {
  employerKeyParams,
  employerRollup,
  employerSearchQuery,
  employerSummary,
  pipelineStats,
} from '@shopfloor/shared';
import { z } from 'zod';
import { route } from '../../http/route';

const national = ['national', 'admin'] as const;

export const pipelineRoutes = [
  route({
    method: 'get',
    path: '/api/stats/pipeline',
    summary:
      'Campaigns by stage, industry, region and approval; stage-to-stage conversion, median days in each stage, win rate',
    tag: 'metrics',
    access: national,
    response: pipelineStats,
    handler: ({ services, actor }) => services.stats.pipeline.stats(actor!),
  }),
  route({
    method: 'get',
    path: '/api/stats/employers',
    summary: 'Employers across chapters (by normalized name), most sites first; ?q= searches',
    tag: 'metrics',
    access: national,
    query: employerSearchQuery,
    response: z.array(employerSummary),
    handler: ({ services, actor, query }) => services.stats.employers.search(actor!, query),
  }),
  route({
    method: 'get',
    path: '/api/stats/employers/:key',
    summary:
      "One employer's sites across chapters: by state and chapter, members counted, public campaigns by stage; others by state only",
    tag: 'metrics',
    access: national,
    params: employerKeyParams,
    response: employerRollup,
    handler: ({ services, actor, params }) => services.stats.employers.rollup(actor!, params.key),
  }),
];
