import {
  infiniteQueryOptions,
  useInfiniteQuery,
  useMutation,
  useQueryClient,
} from '@tanstack/react-query';
import type { Page, Petition, PetitionCreate } from '@shopfloor/shared';
import { http } from '../../../lib/http';
import { rootKeys } from './keys';

const PAGE_SIZE = 20;

export const petitionQueries = {
  all: () => rootKeys.petitions,
  /** Open and qualified petitions, newest first, a page at a time. */
  list: () =>
    infiniteQueryOptions({
      queryKey: [...petitionQueries.all(), 'list'] as const,
      queryFn: ({ pageParam }) =>
        http.get<Page<Petition>>(
          `/api/petitions?limit=${PAGE_SIZE}${pageParam ? `&cursor=${encodeURIComponent(pageParam)}` : ''}`,
        ),
      initialPageParam: '',
      getNextPageParam: (last) => last.nextCursor ?? undefined,
    }),
};

export function usePetitions() {
  return useInfiniteQuery(petitionQueries.list());
}

/** The signature that reaches the threshold calls a vote: both lists are refreshed. */
function useInvalidatePetitions() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: rootKeys.petitions }),
      queryClient.invalidateQueries({ queryKey: rootKeys.votes }),
    ]);
}

export function useSignPetitionMutation() {
  const invalidate = useInvalidatePetitions();
  return useMutation({
    mutationFn: (id: number) => http.post<Petition>(`/api/petitions/${id}/signatures`),
    // A 409 (signed already, or qualified meanwhile) also means the list is out of date.
    onSettled: invalidate,
  });
}

export function useCreatePetitionMutation() {
  const invalidate = useInvalidatePetitions();
  return useMutation({
    mutationFn: (body: PetitionCreate) => http.post<Petition>('/api/petitions', body),
    onSuccess: invalidate,
  });
}
