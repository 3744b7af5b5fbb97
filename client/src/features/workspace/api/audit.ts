import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { Page } from '@shopfloor/shared';
import { http } from '../../../lib/http';
import { rootKeys } from './keys';

export interface AuditEntry {
  id: number;
  at: string;
  actorUserId: number | null;
  actorRole: string | null;
  chapterId: number | null;
  entity: string;
  entityId: string | null;
  action: string;
  before: unknown;
  after: unknown;
}

/** The kinds of record the server writes to the log. */
export const auditEntities = [
  'member',
  'workplace',
  'campaign',
  'employment',
  'import',
  'export',
  'chapter',
  'auth',
] as const;
export type AuditEntity = (typeof auditEntities)[number];

const PAGE_SIZE = 50;

export const auditQueries = {
  all: () => rootKeys.audit,
  list: (chapterId: number, entity: AuditEntity | undefined) =>
    infiniteQueryOptions({
      queryKey: [...auditQueries.all(), chapterId, entity ?? 'all'] as const,
      queryFn: ({ pageParam }) => {
        const params = new URLSearchParams({
          chapterId: String(chapterId),
          limit: String(PAGE_SIZE),
        });
        if (entity) params.set('entity', entity);
        if (pageParam) params.set('cursor', pageParam);
        return http.get<Page<AuditEntry>>(`/api/audit?${params.toString()}`);
      },
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (last) => last.nextCursor ?? undefined,
      // Every change anywhere adds to the log: read it afresh each time the page opens.
      staleTime: 0,
    }),
};

export function useAuditLog(chapterId: number, entity: AuditEntity | undefined) {
  return useInfiniteQuery(auditQueries.list(chapterId, entity));
}
