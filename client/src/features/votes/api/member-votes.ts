import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { BallotBody, Language, MemberVote } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { http } from '../../../lib/http';
import { rootKeys } from './keys';

export interface MemberVotes {
  language: Language;
  votes: MemberVote[];
}

export interface BallotReceipt {
  receipt: string;
  receiptHash: string;
}

export const memberVoteQueries = {
  all: () => [...rootKeys.votes, 'mine'] as const,
  /** The signed-in member's votes, with forums and statements in the language of the page. */
  list: (lang: Language) =>
    queryOptions({
      queryKey: [...memberVoteQueries.all(), 'list', lang] as const,
      queryFn: () => http.get<MemberVotes>(`/api/me/votes?lang=${lang}`),
    }),
};

export function useMemberVotes() {
  const { i18n } = useTranslation();
  return useQuery(memberVoteQueries.list(i18n.resolvedLanguage === 'es' ? 'es' : 'en'));
}

/** Casts a ballot; the receipt comes back once, and only the answer to this call holds it. */
export function useCastBallotMutation(voteId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BallotBody) =>
      http.post<BallotReceipt>(`/api/votes/${voteId}/ballots`, body),
    // Whatever the answer (cast, or refused because it was cast already), "voted" may have changed.
    onSettled: () => queryClient.invalidateQueries({ queryKey: memberVoteQueries.all() }),
  });
}
