import {
  keepPreviousData,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import {
  chapter,
  nationalStats,
  page,
  pod,
  workplaceSummary,
  type Campaign,
  type CampaignStage,
} from '@shopfloor/shared';
import { mapQueries } from '../../components/map/api';
import { http } from '../../lib/http';
import type { WorkplaceFilters } from './workplace-view';

const chapterList = chapter.array();
const workplacePage = page(workplaceSummary);
const podPage = page(pod);

/** The chapter's table shows at most this many; the API's largest page. */
export const WORKPLACE_LIMIT = 500;

function workplacesUrl(chapterId: number, { industry, stage, pod }: WorkplaceFilters) {
  const params = new URLSearchParams({ limit: String(WORKPLACE_LIMIT) });
  if (industry) params.set('industry', industry);
  if (stage) params.set('stage', stage);
  if (pod) params.set('pod', String(pod));
  return `/api/chapters/${chapterId}/workplaces?${params.toString()}`;
}

export const mapsQueries = {
  all: () => ['maps'] as const,
  nationalStats: () =>
    queryOptions({
      queryKey: [...mapsQueries.all(), 'national-stats'] as const,
      queryFn: async () => nationalStats.parse(await http.get('/api/stats/national')),
    }),
  chapters: () =>
    queryOptions({
      queryKey: [...mapsQueries.all(), 'chapters'] as const,
      queryFn: async () => chapterList.parse(await http.get('/api/chapters')),
      staleTime: 5 * 60_000,
    }),
  chapter: (chapterId: number) =>
    queryOptions({
      queryKey: [...mapsQueries.all(), 'chapter', chapterId] as const,
      queryFn: async () => chapter.parse(await http.get(`/api/chapters/${chapterId}`)),
      staleTime: 5 * 60_000,
    }),
  /** The chapter's own labor pods, for the pod filter. */
  chapterPods: (chapterId: number) =>
    queryOptions({
      queryKey: [...mapsQueries.all(), 'pods', chapterId] as const,
      queryFn: async () =>
        podPage.parse(await http.get(`/api/pods?chapterId=${chapterId}&limit=500`)).items,
      staleTime: 5 * 60_000,
    }),
  workplaces: (chapterId: number, filters: WorkplaceFilters) =>
    queryOptions({
      queryKey: [...mapsQueries.all(), 'workplaces', chapterId, filters] as const,
      queryFn: async () => workplacePage.parse(await http.get(workplacesUrl(chapterId, filters))),
      // Changing a filter keeps the last rows on screen until the new ones come.
      placeholderData: keepPreviousData,
    }),
};

export function useNationalStats() {
  return useQuery(mapsQueries.nationalStats());
}

export function useChapters() {
  return useQuery(mapsQueries.chapters());
}

export function useChapter(chapterId: number) {
  return useQuery(mapsQueries.chapter(chapterId));
}

export function useChapterPods(chapterId: number) {
  return useQuery(mapsQueries.chapterPods(chapterId));
}

export function useChapterWorkplaces(chapterId: number, filters: WorkplaceFilters) {
  return useQuery(mapsQueries.workplaces(chapterId, filters));
}

/** A stage change shows on the map's points and in the table: both are fetched again. */
function useInvalidateWorkplaces() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: mapQueries.workplacesAll() }),
      queryClient.invalidateQueries({ queryKey: [...mapsQueries.all(), 'workplaces'] }),
    ]);
}

export interface StageChangeInput {
  campaignId: number;
  stage: CampaignStage;
  note?: string;
  version: number;
}

export function useStageMutation() {
  const invalidate = useInvalidateWorkplaces();
  return useMutation({
    mutationFn: ({ campaignId, ...body }: StageChangeInput) =>
      http.post<Campaign>(`/api/campaigns/${campaignId}/stage`, body),
    onSettled: invalidate,
  });
}

export function useStartCampaignMutation() {
  const invalidate = useInvalidateWorkplaces();
  return useMutation({
    mutationFn: (workplaceId: number) =>
      http.post<Campaign>('/api/campaigns', { workplaceId, kind: 'union_drive' }),
    onSettled: invalidate,
  });
}
