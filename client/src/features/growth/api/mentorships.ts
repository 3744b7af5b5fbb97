import {
  infiniteQueryOptions,
  useInfiniteQuery,
  useMutation,
  useQueryClient,
} from '@tanstack/react-query';
import type {
  Mentorship,
  MentorshipCreate,
  MentorshipPatch,
  MentorshipStatus,
  Page,
} from '@shopfloor/shared';
import { http } from '../../../lib/http';
import { growthKeys } from './keys';

const PAGE_SIZE = 100;

export const mentorshipQueries = {
  all: () => growthKeys.mentorships,
  list: (status: MentorshipStatus | null) =>
    infiniteQueryOptions({
      queryKey: [...mentorshipQueries.all(), 'list', status] as const,
      queryFn: ({ pageParam }) => {
        const params = new URLSearchParams({ limit: String(PAGE_SIZE) });
        if (status) params.set('status', status);
        if (pageParam) params.set('cursor', pageParam);
        return http.get<Page<Mentorship>>(`/api/mentorships?${params.toString()}`);
      },
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (last) => last.nextCursor ?? undefined,
    }),
};

export function useMentorships(status: MentorshipStatus | null) {
  return useInfiniteQuery(mentorshipQueries.list(status));
}

/** A mentorship changes the organizer's count of open ones: the reserve is reloaded too. */
function useInvalidate() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      [growthKeys.mentorships, growthKeys.reserve].map((queryKey) =>
        queryClient.invalidateQueries({ queryKey }),
      ),
    );
}

export function useCreateMentorshipMutation() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: MentorshipCreate) => http.post<Mentorship>('/api/mentorships', body),
    onSuccess: invalidate,
  });
}

export function useUpdateMentorshipMutation(id: number) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (patch: MentorshipPatch) => http.patch<Mentorship>(`/api/mentorships/${id}`, patch),
    onSettled: invalidate,
  });
}
