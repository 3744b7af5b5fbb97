import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Campaign, CampaignCreate, CampaignStage, Page, StageChange } from '@shopfloor/shared';
import { http } from '../../../lib/http';
import { rootKeys } from './keys';

export interface StageHistoryEntry {
  fromStage: CampaignStage | null;
  toStage: CampaignStage;
  changedAt: string;
  changedBy: number | null;
  note: string | null;
}

export interface CampaignWithHistory extends Campaign {
  history: StageHistoryEntry[];
}

export const campaignQueries = {
  all: () => rootKeys.campaigns,
  /** A workplace's campaigns, oldest first: the last one is its current campaign. */
  forWorkplace: (workplaceId: number) =>
    queryOptions({
      queryKey: [...campaignQueries.all(), 'workplace', workplaceId] as const,
      queryFn: async () =>
        (await http.get<Page<Campaign>>(`/api/campaigns?workplaceId=${workplaceId}`)).items,
    }),
  detail: (id: number) =>
    queryOptions({
      queryKey: [...campaignQueries.all(), 'detail', id] as const,
      queryFn: () => http.get<CampaignWithHistory>(`/api/campaigns/${id}`),
    }),
};

export function useWorkplaceCampaigns(workplaceId: number) {
  return useQuery(campaignQueries.forWorkplace(workplaceId));
}

export function useCampaign(id: number | undefined) {
  return useQuery({ ...campaignQueries.detail(id ?? 0), enabled: id !== undefined });
}

/** A workplace's stage is its campaign's, so both are refreshed after any change to one. */
function useInvalidateCampaigns() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: campaignQueries.all() }),
      queryClient.invalidateQueries({ queryKey: rootKeys.workplaces }),
    ]);
}

export function useStartCampaignMutation() {
  const invalidate = useInvalidateCampaigns();
  return useMutation({
    mutationFn: (body: CampaignCreate) => http.post<Campaign>('/api/campaigns', body),
    onSuccess: invalidate,
  });
}

/**
 * Moves a campaign to another stage. Settles only once the lists are fresh, so a control showing
 * the stage it is saving never flips back to the old one in between.
 */
export function useChangeStageMutation() {
  const invalidate = useInvalidateCampaigns();
  return useMutation({
    mutationFn: ({ id, ...change }: StageChange & { id: number }) =>
      http.post<Campaign>(`/api/campaigns/${id}/stage`, change),
    // On 409 the version the page holds is stale: fetch the current one.
    onSettled: invalidate,
  });
}
