import {
  infiniteQueryOptions,
  queryOptions,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type {
  CampaignStage,
  Page,
  UnionStatus,
  Workplace,
  WorkplaceCreate,
  WorkplaceListQuery,
  WorkplacePatch,
  WorkplaceSummary,
} from '@shopfloor/shared';
import { http } from '../../../lib/http';
import { rootKeys } from './keys';

export type WorkplaceSort = WorkplaceListQuery['sort'];

export interface WorkplaceFilters {
  q?: string;
  industry?: string;
  stage?: CampaignStage | 'none';
  unionStatus?: UnionStatus;
  confirmed?: 'yes' | 'no';
  sort: WorkplaceSort;
}

const PAGE_SIZE = 50;

/** GET /api/chapters/:id/workplaces/duplicates: one place that may have been entered twice. */
export interface DuplicatePair {
  a: WorkplaceSummary;
  b: WorkplaceSummary;
  similarity: number;
  reason: string;
}

/** GET /api/workplaces/:id: the workplace and the members who work there now. */
export interface WorkplaceDetail extends Workplace {
  members: {
    memberId: number;
    firstName: string;
    lastName: string;
    jobTitle: string | null;
    shopSteward: boolean;
    organizingStatus: string;
  }[];
}

function listUrl(chapterId: number, filters: WorkplaceFilters, cursor?: string, limit = PAGE_SIZE) {
  const params = new URLSearchParams({ limit: String(limit), sort: filters.sort });
  for (const key of ['q', 'industry', 'stage', 'unionStatus', 'confirmed'] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  if (cursor) params.set('cursor', cursor);
  return `/api/chapters/${chapterId}/workplaces?${params.toString()}`;
}

export const workplaceQueries = {
  all: () => rootKeys.workplaces,
  list: (chapterId: number, filters: WorkplaceFilters) =>
    infiniteQueryOptions({
      queryKey: [...workplaceQueries.all(), 'list', chapterId, filters] as const,
      queryFn: ({ pageParam }) =>
        http.get<Page<WorkplaceSummary>>(listUrl(chapterId, filters, pageParam)),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (last) => last.nextCursor ?? undefined,
    }),
  /** Every workplace of the chapter by name, to choose one from (the server's page limit). */
  choices: (chapterId: number) =>
    queryOptions({
      queryKey: [...workplaceQueries.all(), 'choices', chapterId] as const,
      queryFn: async () =>
        (
          await http.get<Page<WorkplaceSummary>>(
            listUrl(chapterId, { sort: 'employer' }, undefined, 500),
          )
        ).items,
    }),
  detail: (id: number) =>
    queryOptions({
      queryKey: [...workplaceQueries.all(), 'detail', id] as const,
      queryFn: () => http.get<WorkplaceDetail>(`/api/workplaces/${id}`),
    }),
  duplicates: (chapterId: number) =>
    queryOptions({
      queryKey: [...workplaceQueries.all(), 'duplicates', chapterId] as const,
      queryFn: () => http.get<DuplicatePair[]>(`/api/chapters/${chapterId}/workplaces/duplicates`),
    }),
};

export function useWorkplaces(chapterId: number, filters: WorkplaceFilters) {
  return useInfiniteQuery(workplaceQueries.list(chapterId, filters));
}

export function useWorkplaceChoices(chapterId: number, enabled = true) {
  return useQuery({ ...workplaceQueries.choices(chapterId), enabled });
}

export function useWorkplace(id: number) {
  return useQuery(workplaceQueries.detail(id));
}

export function useDuplicates(chapterId: number) {
  return useQuery(workplaceQueries.duplicates(chapterId));
}

export function useCreateWorkplaceMutation(chapterId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: WorkplaceCreate) =>
      http.post<Workplace>(`/api/chapters/${chapterId}/workplaces`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: workplaceQueries.all() }),
  });
}

export function useUpdateWorkplaceMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: number; patch: WorkplacePatch }) =>
      http.patch<Workplace>(`/api/workplaces/${id}`, patch),
    // A stale version (409) means the cached copy is out of date too.
    onSettled: () => queryClient.invalidateQueries({ queryKey: workplaceQueries.all() }),
  });
}

/** Merges workplace `id` into `intoId`; its members' jobs move over, so members change too. */
export function useMergeWorkplaceMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, intoId, version }: { id: number; intoId: number; version: number }) =>
      http.post(`/api/workplaces/${id}/merge`, { intoId, version }),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: workplaceQueries.all() }),
        queryClient.invalidateQueries({ queryKey: rootKeys.members }),
      ]),
  });
}
