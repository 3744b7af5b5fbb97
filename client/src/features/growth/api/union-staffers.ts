import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { UnionStaffersPage } from '@shopfloor/shared';
import { http } from '../../../lib/http';
import { growthKeys } from './keys';

export interface UnionStafferFilters {
  union?: string;
  state?: string;
}

const PAGE_SIZE = 100;

export const unionStafferQueries = {
  list: (filters: UnionStafferFilters) =>
    infiniteQueryOptions({
      queryKey: [...growthKeys.unionStaffers, 'list', filters] as const,
      queryFn: ({ pageParam }) => {
        const params = new URLSearchParams({ limit: String(PAGE_SIZE) });
        if (filters.union) params.set('union', filters.union);
        if (filters.state) params.set('state', filters.state);
        if (pageParam) params.set('cursor', pageParam);
        return http.get<UnionStaffersPage>(`/api/union-staffers?${params.toString()}`);
      },
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (last) => last.nextCursor ?? undefined,
    }),
};

export function useUnionStaffers(filters: UnionStafferFilters) {
  return useInfiniteQuery(unionStafferQueries.list(filters));
}
