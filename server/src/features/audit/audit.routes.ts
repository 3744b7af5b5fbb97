import { z } from 'zod';
import { chapterScope } from '../../auth/policy';
import { ForbiddenError } from '../../http/errors';
import { route } from '../../http/route';

const auditQuery = z.object({
  chapterId: z.coerce.number().int().positive().optional(),
  entity: z.string().trim().max(40).optional(),
  from: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  cursor: z.string().regex(/^\d+$/).optional(),
});

export const auditRoutes = [
  route({
    method: 'get',
    path: '/api/audit',
    summary: "The audit log: a chapter committee reads its chapter's entries; admins read all",
    tag: 'operations',
    access: ['chapter', 'admin'],
    query: auditQuery,
    response: z.object({
      items: z.array(z.record(z.string(), z.unknown())),
      nextCursor: z.string().nullable(),
    }),
    async handler({ services, actor, query }) {
      const scope = chapterScope(actor!);
      let chapterId = query.chapterId;
      if (scope.kind === 'chapter') {
        if (chapterId !== undefined && chapterId !== scope.chapterId)
          throw new ForbiddenError('This belongs to another chapter');
        chapterId = scope.chapterId;
      }
      const items = await services.audit.list({
        chapterId,
        entity: query.entity,
        from: query.from,
        limit: query.limit + 1,
        beforeId: query.cursor ? Number(query.cursor) : undefined,
      });
      const pageItems = items.slice(0, query.limit);
      return {
        items: pageItems,
        nextCursor: items.length > query.limit ? String(pageItems[pageItems.length - 1]!.id) : null,
      };
    },
  }),
];
