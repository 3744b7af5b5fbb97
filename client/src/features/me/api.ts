import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Chapter, Employment, Member, SelfReport } from '@shopfloor/shared';
import { http } from '../../lib/http';

/** GET /api/me: the member's own record, where they work, and their chapter. */
export interface MeResponse {
  member: Member;
  employments: Employment[];
  chapter: Pick<Chapter, 'id' | 'name' | 'state'>;
}

export const meQueries = {
  all: () => ['me'] as const,
  record: () =>
    queryOptions({
      queryKey: [...meQueries.all(), 'record'] as const,
      queryFn: () => http.get<MeResponse>('/api/me'),
    }),
};

export function useMe() {
  return useQuery(meQueries.record());
}

/** Saves where the member works; the answer is their updated record, cached as it is. */
export function useSelfReportMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SelfReport) => http.patch<MeResponse>('/api/me/workplace', body),
    onSuccess: (me) => queryClient.setQueryData(meQueries.record().queryKey, me),
  });
}
