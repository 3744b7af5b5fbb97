import { chapter, employment, member, selfReport } from '@shopfloor/shared';
import { z } from 'zod';
import { route } from '../../http/route';

const me = z.object({
  member,
  employments: z.array(employment),
  chapter: chapter.pick({ id: true, name: true, state: true }),
});

export const meRoutes = [
  route({
    method: 'get',
    path: '/api/me',
    summary: "The signed-in member's own record and where they work",
    tag: 'members',
    access: ['member'],
    response: me,
    handler: ({ services, actor }) => services.me.get(actor!),
  }),
  route({
    method: 'patch',
    path: '/api/me/workplace',
    summary: 'Self-report: where I work, my union, and whether I am a union staffer (opt-in)',
    tag: 'members',
    access: ['member'],
    body: selfReport,
    response: me,
    handler: ({ services, actor, body }) => services.me.reportWorkplace(actor!, body),
  }),
];
