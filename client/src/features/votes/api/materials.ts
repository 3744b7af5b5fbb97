import { useMutation } from '@tanstack/react-query';
import type { Forum, ForumCreate, Statement, StatementReview, Vote } from '@shopfloor/shared';
import { http } from '../../../lib/http';
import { useInvalidateVotes } from './votes';

export function useAddForumMutation(voteId: number) {
  const invalidate = useInvalidateVotes();
  return useMutation({
    mutationFn: (body: ForumCreate) => http.post<Forum>(`/api/votes/${voteId}/forums`, body),
    onSuccess: invalidate,
  });
}

export function useForumRecordingMutation(voteId: number) {
  const invalidate = useInvalidateVotes();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: number; recordingUrl: string | null; version: number }) =>
      http.patch<Forum>(`/api/votes/${voteId}/forums/${id}`, body),
    onSettled: invalidate,
  });
}

export function useReviewStatementMutation(voteId: number) {
  const invalidate = useInvalidateVotes();
  return useMutation({
    mutationFn: ({ id, ...body }: StatementReview & { id: number }) =>
      http.post<Statement>(`/api/votes/${voteId}/statements/${id}/approval`, body),
    onSettled: invalidate,
  });
}

/** Mails the approved statements and the forums to every member in good standing. */
export function useSendStatementsMutation(voteId: number) {
  const invalidate = useInvalidateVotes();
  return useMutation({
    mutationFn: (version: number) =>
      http.post<{ vote: Vote; queued: number }>(`/api/votes/${voteId}/statements/send`, {
        version,
      }),
    onSettled: invalidate,
  });
}
