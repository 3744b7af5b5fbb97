import { recruitmentQuery, recruitmentStats, southCoverage } from '@shopfloor/shared';
import { route } from '../../http/route';

export const recruitmentRoutes = [
  route({
    method: 'get',
    path: '/api/stats/recruitment',
    summary:
      'Joins, lapses, net growth and members per month, joins by source, language, industry and region, 12-month retention, and the goals of the scope; national staff any scope (small counts "<5"), a chapter its own and its pods, an organizer its pods',
    tag: 'metrics',
    access: ['national', 'chapter', 'organizer', 'admin'],
    query: recruitmentQuery,
    response: recruitmentStats,
    handler: ({ services, actor, query }) => services.recruitment.stats(actor!, query),
  }),
  route({
    method: 'get',
    path: '/api/stats/south',
    summary:
      'Southern coverage per state and chapter size class: chapters, labor committees, CLC delegates, pods, members mapped, campaigns, reserve organizers; the gaps; the 24-month trend',
    tag: 'metrics',
    access: ['national', 'admin'],
    response: southCoverage,
    handler: ({ services, actor }) => services.south.coverage(actor!),
  }),
];
