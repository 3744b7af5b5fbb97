import { useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  Goal,
  Member,
  OrganizingStatus,
  PodGoalCreate,
  PodMeeting,
  PodMeetingCreate,
} from '@shopfloor/shared';
import { http } from '../../../lib/http';
import { invalidateOrganizing, rootKeys } from './keys';

export interface StatusChange {
  memberId: number;
  organizingStatus: OrganizingStatus;
  version: number;
}

/**
 * Moves a pod member to another organizing status with the version read. Settles only once the
 * pod is fresh, so the select never flips back to the old status in between; on 409 the fresh
 * pod is the reload.
 */
export function useMemberStatusMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ memberId, organizingStatus, version }: StatusChange) =>
      http.patch<Member>(`/api/members/${memberId}`, { organizingStatus, version }),
    onSettled: () => invalidateOrganizing(queryClient),
  });
}

export function useRecordMeetingMutation(podId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PodMeetingCreate) =>
      http.post<PodMeeting>(`/api/pods/${podId}/meetings`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: rootKeys.pods }),
  });
}

export type AttendanceResult = PodMeeting & { trained: number[] };

/** Attending a workplace-organizing training moves members on to "trained": statuses change too. */
export function useAttendanceMutation(podId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ meetingId, memberIds }: { meetingId: number; memberIds: number[] }) =>
      http.put<AttendanceResult>(`/api/pods/${podId}/meetings/${meetingId}/attendance`, {
        memberIds,
      }),
    onSuccess: () => invalidateOrganizing(queryClient),
  });
}

export function useAddGoalMutation(podId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PodGoalCreate) => http.post<Goal>(`/api/pods/${podId}/goals`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: rootKeys.pods }),
  });
}
