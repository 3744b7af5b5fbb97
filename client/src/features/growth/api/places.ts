import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Chapter, Page, Pod } from '@shopfloor/shared';
import { http } from '../../../lib/http';
import { growthKeys } from './keys';

export const placeQueries = {
  chapters: () =>
    queryOptions({
      queryKey: [...growthKeys.places, 'chapters'] as const,
      queryFn: () => http.get<Chapter[]>('/api/chapters'),
      staleTime: 5 * 60_000,
    }),
  /** The pods the caller may see (one chapter's, when given), the most the API gives at once. */
  pods: (chapterId: number | null) =>
    queryOptions({
      queryKey: [...growthKeys.places, 'pods', chapterId] as const,
      queryFn: () =>
        http.get<Page<Pod>>(`/api/pods?limit=500${chapterId ? `&chapterId=${chapterId}` : ''}`),
      staleTime: 60_000,
    }),
};

export function useChapterList(enabled = true) {
  return useQuery({ ...placeQueries.chapters(), enabled });
}

export function usePodList(chapterId: number | null, enabled = true) {
  return useQuery({ ...placeQueries.pods(chapterId), enabled });
}
