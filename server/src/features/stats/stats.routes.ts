import { count, nationalStatsWithPipeline } from '@shopfloor/shared';
import { z } from 'zod';
import { idParams, route } from '../../http/route';

export const chapterStats = z.object({
  chapterId: z.number().int(),
  members: count,
  membersInGoodStanding: count,
  membersMapped: count,
  workplaces: count,
  byOrganizingStatus: z.record(z.string(), count),
});

export const statsRoutes = [
  route({
    method: 'get',
    path: '/api/stats/national',
    summary:
      'National figures with the campaign pipeline; counts from 1 to 4 come back as "<5" for the national role',
    tag: 'metrics',
    access: ['national', 'admin'],
    response: nationalStatsWithPipeline,
    handler: ({ services, actor }) => services.stats.national(actor!),
  }),
  route({
    method: 'get',
    path: '/api/stats/chapters/:id',
    summary: "A chapter's figures",
    tag: 'metrics',
    access: ['national', 'chapter', 'admin'],
    params: idParams,
    response: chapterStats,
    handler: ({ services, actor, params }) => services.stats.chapter(actor!, params.id),
  }),
];
