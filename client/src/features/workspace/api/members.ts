import {
  infiniteQueryOptions,
  queryOptions,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type {
  Employment,
  EmploymentCreate,
  Member,
  MemberListQuery,
  MemberPatch,
  MemberWithWork,
  OrganizingStatus,
  Page,
} from '@shopfloor/shared';
import { http } from '../../../lib/http';
import { rootKeys } from './keys';

export type MemberFilters = Pick<MemberListQuery, 'q' | 'status' | 'organizingStatus' | 'mapped'>;
export type MemberRow = Member & { mapped: boolean };

export interface StatusHistoryEntry {
  fromStatus: OrganizingStatus | null;
  toStatus: OrganizingStatus;
  changedAt: string;
  changedBy: number | null;
  note: string | null;
}

export type MemberDetail = MemberWithWork & { history: StatusHistoryEntry[] };

const PAGE_SIZE = 50;

function listUrl(chapterId: number, filters: MemberFilters, cursor?: string) {
  const params = new URLSearchParams({ limit: String(PAGE_SIZE) });
  for (const key of ['q', 'status', 'organizingStatus', 'mapped'] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  if (cursor) params.set('cursor', cursor);
  return `/api/chapters/${chapterId}/members?${params.toString()}`;
}

export const memberQueries = {
  all: () => rootKeys.members,
  list: (chapterId: number, filters: MemberFilters) =>
    infiniteQueryOptions({
      queryKey: [...memberQueries.all(), 'list', chapterId, filters] as const,
      queryFn: ({ pageParam }) => http.get<Page<MemberRow>>(listUrl(chapterId, filters, pageParam)),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (last) => last.nextCursor ?? undefined,
    }),
  detail: (id: number) =>
    queryOptions({
      queryKey: [...memberQueries.all(), 'detail', id] as const,
      queryFn: () => http.get<MemberDetail>(`/api/members/${id}`),
    }),
};

export function useMembers(chapterId: number, filters: MemberFilters) {
  return useInfiniteQuery(memberQueries.list(chapterId, filters));
}

export function useMember(id: number) {
  return useQuery(memberQueries.detail(id));
}

/** Jobs change who works where: the workplaces' member lists and counts too. */
function useInvalidateMembers() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: memberQueries.all() }),
      queryClient.invalidateQueries({ queryKey: rootKeys.workplaces }),
    ]);
}

export function useUpdateMemberMutation() {
  const invalidate = useInvalidateMembers();
  return useMutation({
    mutationFn: ({ id, patch }: { id: number; patch: MemberPatch }) =>
      http.patch<Member>(`/api/members/${id}`, patch),
    onSettled: invalidate,
  });
}

export function useAddEmploymentMutation(memberId: number) {
  const invalidate = useInvalidateMembers();
  return useMutation({
    mutationFn: (body: EmploymentCreate) =>
      http.post<Employment>(`/api/members/${memberId}/employments`, body),
    onSuccess: invalidate,
  });
}

export function useEndEmploymentMutation() {
  const invalidate = useInvalidateMembers();
  return useMutation({
    mutationFn: (employmentId: number) =>
      http.delete<{ ok: true }>(`/api/employments/${employmentId}`),
    onSettled: invalidate,
  });
}
