import {
  infiniteQueryOptions,
  queryOptions,
  useInfiniteQuery,
  useQuery,
} from '@tanstack/react-query';
import type { Language, Page, ReserveOrganizer, ReserveSuggestions } from '@shopfloor/shared';
import { http } from '../../../lib/http';
import { growthKeys } from './keys';

/** The filters GET /api/reserve takes. */
export interface ReserveFilters {
  state?: string;
  language?: Language;
  industry?: string;
  skill?: string;
}

// The reserve is a few hundred people at most: one page usually holds all of them.
const PAGE_SIZE = 500;

function listUrl(filters: ReserveFilters, cursor?: string) {
  const params = new URLSearchParams({ limit: String(PAGE_SIZE) });
  if (filters.state) params.set('state', filters.state);
  if (filters.language) params.set('language', filters.language);
  if (filters.industry) params.set('industry', filters.industry);
  if (filters.skill) params.set('skill', filters.skill);
  if (cursor) params.set('cursor', cursor);
  return `/api/reserve?${params.toString()}`;
}

export const reserveQueries = {
  all: () => growthKeys.reserve,
  list: (filters: ReserveFilters) =>
    infiniteQueryOptions({
      queryKey: [...reserveQueries.all(), 'list', filters] as const,
      queryFn: ({ pageParam }) => http.get<Page<ReserveOrganizer>>(listUrl(filters, pageParam)),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (last) => last.nextCursor ?? undefined,
    }),
  suggestions: (chapterId: number) =>
    queryOptions({
      queryKey: [...reserveQueries.all(), 'suggestions', chapterId] as const,
      queryFn: () =>
        http.get<ReserveSuggestions>(`/api/reserve/suggestions?chapterId=${chapterId}`),
    }),
};

export function useReserve(filters: ReserveFilters) {
  return useInfiniteQuery(reserveQueries.list(filters));
}

export function useReserveSuggestions(chapterId: number | null) {
  return useQuery({ ...reserveQueries.suggestions(chapterId ?? 0), enabled: chapterId !== null });
}
