import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Chapter } from '@shopfloor/shared';
import { http } from '../../../lib/http';
import { rootKeys } from './keys';

export const chapterQueries = {
  all: () => rootKeys.chapters,
  list: () =>
    queryOptions({
      queryKey: [...chapterQueries.all(), 'list'] as const,
      queryFn: () => http.get<Chapter[]>('/api/chapters'),
      staleTime: 5 * 60_000,
    }),
  detail: (id: number) =>
    queryOptions({
      queryKey: [...chapterQueries.all(), 'detail', id] as const,
      queryFn: () => http.get<Chapter>(`/api/chapters/${id}`),
      staleTime: 5 * 60_000,
    }),
};

export function useChapters(enabled = true) {
  return useQuery({ ...chapterQueries.list(), enabled });
}

export function useChapter(id: number) {
  return useQuery(chapterQueries.detail(id));
}
