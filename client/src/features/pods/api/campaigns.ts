import {
  infiniteQueryOptions,
  queryOptions,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type {
  ApprovalChange,
  CampaignCreate,
  CampaignPatch,
  CampaignRecord,
  CampaignStage,
  Page,
  StageChange,
} from '@shopfloor/shared';
import { http } from '../../../lib/http';
import { invalidateOrganizing, rootKeys } from './keys';

export interface StageHistoryEntry {
  fromStage: CampaignStage | null;
  toStage: CampaignStage;
  changedAt: string;
  changedBy: number | null;
  note: string | null;
}

export type CampaignDetail = CampaignRecord & { history: StageHistoryEntry[] };

export const campaignQueries = {
  all: () => rootKeys.campaigns,
  detail: (id: number) =>
    queryOptions({
      queryKey: [...campaignQueries.all(), 'detail', id] as const,
      queryFn: () => http.get<CampaignDetail>(`/api/campaigns/${id}`),
    }),
  /** Campaigns put to the DSLC and not yet decided. */
  submitted: () =>
    infiniteQueryOptions({
      queryKey: [...campaignQueries.all(), 'submitted'] as const,
      queryFn: ({ pageParam }) =>
        http.get<Page<CampaignRecord>>(
          `/api/campaigns?approval=submitted&limit=50${pageParam ? `&cursor=${pageParam}` : ''}`,
        ),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (last) => last.nextCursor ?? undefined,
    }),
};

export function useCampaign(id: number) {
  return useQuery(campaignQueries.detail(id));
}

export function useSubmittedCampaigns() {
  return useInfiniteQuery(campaignQueries.submitted());
}

/**
 * Moves a campaign to another stage. Settles only once what shows it is fresh (on 409 that is the
 * reload), so a select showing the stage it saves never flips back in between.
 */
export function useChangeStageMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...change }: StageChange & { id: number }) =>
      http.post<CampaignRecord>(`/api/campaigns/${id}/stage`, change),
    onSettled: () => invalidateOrganizing(queryClient),
  });
}

export function useStartCampaignMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CampaignCreate) => http.post<CampaignRecord>('/api/campaigns', body),
    onSuccess: () => invalidateOrganizing(queryClient),
  });
}

/** Submits a campaign to the DSLC, or approves or declines it; the queue and pipeline change. */
export function useApprovalMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...change }: ApprovalChange & { id: number }) =>
      http.post<CampaignRecord>(`/api/campaigns/${id}/approval`, change),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: rootKeys.campaigns }),
        queryClient.invalidateQueries({ queryKey: rootKeys.pipeline }),
      ]),
  });
}

/** The honest appraisal (what worked, what didn't), or any other change to the campaign. */
export function useUpdateCampaignMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...patch }: CampaignPatch & { id: number }) =>
      http.patch<CampaignRecord>(`/api/campaigns/${id}`, patch),
    onSettled: () => queryClient.invalidateQueries({ queryKey: rootKeys.campaigns }),
  });
}
