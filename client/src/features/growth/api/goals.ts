import {
  infiniteQueryOptions,
  useInfiniteQuery,
  useMutation,
  useQueryClient,
} from '@tanstack/react-query';
import type { GoalMetric, GoalPatch, GoalScope, GoalStatus, Page } from '@shopfloor/shared';
import { http } from '../../../lib/http';
import { growthKeys } from './keys';

const PAGE_SIZE = 50;

/** What POST /api/goals takes, as the form sends it. */
export interface GoalDraft {
  metric: GoalMetric;
  scope: GoalScope;
  scopeRef: string | null;
  target: number;
  startsOn?: string;
  dueOn: string;
}

export const goalQueries = {
  all: () => growthKeys.goals,
  list: () =>
    infiniteQueryOptions({
      queryKey: [...goalQueries.all(), 'list'] as const,
      queryFn: ({ pageParam }) =>
        http.get<Page<GoalStatus>>(
          `/api/goals?limit=${PAGE_SIZE}${pageParam ? `&cursor=${pageParam}` : ''}`,
        ),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (last) => last.nextCursor ?? undefined,
    }),
};

export function useGoals() {
  return useInfiniteQuery(goalQueries.list());
}

/** Goals show on the recruitment charts and the pod pages too: all of them are marked stale. */
function useInvalidateGoals() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      [goalQueries.all(), growthKeys.recruitment, ['pods']].map((queryKey) =>
        queryClient.invalidateQueries({ queryKey }),
      ),
    );
}

export function useCreateGoalMutation() {
  const invalidate = useInvalidateGoals();
  return useMutation({
    mutationFn: (body: GoalDraft) => http.post<GoalStatus>('/api/goals', body),
    onSuccess: invalidate,
  });
}

export function useUpdateGoalMutation(id: number) {
  const invalidate = useInvalidateGoals();
  return useMutation({
    mutationFn: (patch: GoalPatch) => http.patch<GoalStatus>(`/api/goals/${id}`, patch),
    // On 409 the list is reloaded too, so the form can start again from the saved goal.
    onSettled: invalidate,
  });
}
