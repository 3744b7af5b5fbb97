import {
  infiniteQueryOptions,
  queryOptions,
  useInfiniteQuery,
  useQuery,
} from '@tanstack/react-query';
import type {
  Page,
  Pod,
  PodDetail,
  PodListQuery,
  PodMeeting,
  PodProgress,
} from '@shopfloor/shared';
import { http } from '../../../lib/http';
import { rootKeys } from './keys';

export type PodFilters = Pick<PodListQuery, 'industry' | 'scope'>;
export interface MonthRange {
  from: string;
  to: string;
}

const PAGE_SIZE = 50;

function listUrl(filters: PodFilters, cursor?: string) {
  const params = new URLSearchParams({ limit: String(PAGE_SIZE) });
  if (filters.industry) params.set('industry', filters.industry);
  if (filters.scope) params.set('scope', filters.scope);
  if (cursor) params.set('cursor', cursor);
  return `/api/pods?${params.toString()}`;
}

export const podQueries = {
  all: () => rootKeys.pods,
  list: (filters: PodFilters) =>
    infiniteQueryOptions({
      queryKey: [...podQueries.all(), 'list', filters] as const,
      queryFn: ({ pageParam }) => http.get<Page<Pod>>(listUrl(filters, pageParam)),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (last) => last.nextCursor ?? undefined,
    }),
  detail: (id: number) =>
    queryOptions({
      queryKey: [...podQueries.all(), 'detail', id] as const,
      queryFn: () => http.get<PodDetail>(`/api/pods/${id}`),
    }),
  progress: (id: number, range: MonthRange) =>
    queryOptions({
      queryKey: [...podQueries.all(), 'progress', id, range] as const,
      queryFn: () =>
        http.get<PodProgress>(
          `/api/pods/${id}/progress?from=${range.from}&to=${range.to}&interval=month`,
        ),
    }),
  meetings: (id: number) =>
    queryOptions({
      queryKey: [...podQueries.all(), 'meetings', id] as const,
      queryFn: () => http.get<PodMeeting[]>(`/api/pods/${id}/meetings`),
    }),
};

export function usePods(filters: PodFilters) {
  return useInfiniteQuery(podQueries.list(filters));
}

export function usePod(id: number) {
  return useQuery(podQueries.detail(id));
}

export function usePodProgress(id: number, range: MonthRange) {
  return useQuery(podQueries.progress(id, range));
}

export function usePodMeetings(id: number) {
  return useQuery(podQueries.meetings(id));
}
