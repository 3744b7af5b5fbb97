import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReserveOptIn } from '@shopfloor/shared';
import { http } from '../../lib/http';
import { meQueries } from './api';

/** The member's own entry in the organizer reserve (GET /api/me/reserve). */
export interface ReserveEntry extends ReserveOptIn {
  id: number;
  memberId: number;
  since: string;
  version: number;
}

export interface ReserveSelf {
  entry: ReserveEntry | null;
}

export const reserveSelfQueries = {
  mine: () =>
    queryOptions({
      queryKey: [...meQueries.all(), 'reserve'] as const,
      queryFn: () => http.get<ReserveSelf>('/api/me/reserve'),
    }),
};

export function useMyReserveEntry() {
  return useQuery(reserveSelfQueries.mine());
}

/** Joins the reserve or changes the answers; the answer is the entry as saved. */
export function useReserveOptInMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReserveOptIn) => http.put<ReserveSelf>('/api/me/reserve', body),
    onSuccess: (self) => queryClient.setQueryData(reserveSelfQueries.mine().queryKey, self),
  });
}

export function useLeaveReserveMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => http.delete<{ ok: true }>('/api/me/reserve'),
    onSuccess: () =>
      queryClient.setQueryData<ReserveSelf>(reserveSelfQueries.mine().queryKey, { entry: null }),
  });
}
