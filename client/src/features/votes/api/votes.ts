import {
  keepPreviousData,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type {
  Forum,
  Page,
  Statement,
  Turnout,
  Vote,
  VoteCreate,
  VoteResults,
  VoteStateChange,
} from '@shopfloor/shared';
import { http } from '../../../lib/http';
import { rootKeys } from './keys';

export type TurnoutBy = Turnout['by'];

export interface VoteDetail extends Vote {
  forums: Forum[];
  statements: Statement[];
}

export const voteQueries = {
  all: () => rootKeys.votes,
  /** Every vote the caller may see, newest first (drafts only for the staff who run votes). */
  list: () =>
    queryOptions({
      queryKey: [...voteQueries.all(), 'list'] as const,
      queryFn: async () => (await http.get<Page<Vote>>('/api/votes?limit=100')).items,
    }),
  detail: (id: number) =>
    queryOptions({
      queryKey: [...voteQueries.all(), 'detail', id] as const,
      queryFn: () => http.get<VoteDetail>(`/api/votes/${id}`),
    }),
  results: (id: number) =>
    queryOptions({
      queryKey: [...voteQueries.all(), 'results', id] as const,
      queryFn: () => http.get<VoteResults>(`/api/votes/${id}/results`),
      // Frozen at close: they never change afterwards.
      staleTime: Infinity,
    }),
  turnout: (id: number, by: TurnoutBy) =>
    queryOptions({
      queryKey: [...voteQueries.all(), 'turnout', id, by] as const,
      queryFn: () => http.get<Turnout>(`/api/votes/${id}/turnout?by=${by}`),
      placeholderData: keepPreviousData,
    }),
};

export function useVotes() {
  return useQuery(voteQueries.list());
}

export function useVote(id: number) {
  return useQuery(voteQueries.detail(id));
}

export function useVoteResults(id: number, enabled = true) {
  return useQuery({ ...voteQueries.results(id), enabled });
}

export function useTurnout(id: number, by: TurnoutBy) {
  return useQuery(voteQueries.turnout(id, by));
}

/** Any change to a vote shows in the lists, its page, the member's view and its turnout. */
export function useInvalidateVotes() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: voteQueries.all() });
}

export function useCreateVoteMutation() {
  const invalidate = useInvalidateVotes();
  return useMutation({
    mutationFn: (body: VoteCreate) => http.post<Vote>('/api/votes', body),
    onSuccess: invalidate,
  });
}

/** Schedules, opens or closes a vote; on 409 the page's version may be stale, so refresh anyway. */
export function useChangeVoteStateMutation(id: number) {
  const invalidate = useInvalidateVotes();
  return useMutation({
    mutationFn: (change: VoteStateChange) => http.post<Vote>(`/api/votes/${id}/state`, change),
    onSettled: invalidate,
  });
}
