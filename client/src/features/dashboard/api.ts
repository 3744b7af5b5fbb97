import { queryOptions, useQuery } from '@tanstack/react-query';
import { chapter, nationalStats } from '@shopfloor/shared';
import { http } from '../../lib/http';

// GET /api/stats/chapters/:id answers with a schema the server keeps to itself for now (it
// belongs in shared/src/stats.ts); this one is built from the shared parts it is made of.
const { totals, byOrganizingStatus } = nationalStats.shape;
export const chapterStats = totals
  .pick({ members: true, membersInGoodStanding: true, membersMapped: true, workplaces: true })
  .extend({ chapterId: chapter.shape.id, byOrganizingStatus });
export type ChapterStats = ReturnType<typeof chapterStats.parse>;

export const dashboardQueries = {
  all: () => ['dashboard'] as const,
  national: () =>
    queryOptions({
      queryKey: [...dashboardQueries.all(), 'national'] as const,
      queryFn: async () => nationalStats.parse(await http.get('/api/stats/national')),
    }),
  chapterStats: (chapterId: number) =>
    queryOptions({
      queryKey: [...dashboardQueries.all(), 'chapter-stats', chapterId] as const,
      queryFn: async () => chapterStats.parse(await http.get(`/api/stats/chapters/${chapterId}`)),
    }),
  chapter: (chapterId: number) =>
    queryOptions({
      queryKey: [...dashboardQueries.all(), 'chapter', chapterId] as const,
      queryFn: async () => chapter.parse(await http.get(`/api/chapters/${chapterId}`)),
      staleTime: 5 * 60_000,
    }),
};

export function useNationalStats() {
  return useQuery(dashboardQueries.national());
}

export function useChapterStats(chapterId: number) {
  return useQuery(dashboardQueries.chapterStats(chapterId));
}

export function useChapter(chapterId: number) {
  return useQuery(dashboardQueries.chapter(chapterId));
}
