import { queryOptions, useQuery } from '@tanstack/react-query';
import type { GoalScope, RecruitmentStats } from '@shopfloor/shared';
import { http } from '../../../lib/http';
import { growthKeys } from './keys';

/** A scope and its reference: the nation has none. */
export interface ScopeRef {
  scope: GoalScope;
  id: string | null;
}

export function recruitmentUrl({ scope, id }: ScopeRef): string {
  const params = new URLSearchParams({ scope, interval: 'month' });
  if (id) params.set('id', id);
  return `/api/stats/recruitment?${params.toString()}`;
}

export const recruitmentQueries = {
  all: () => growthKeys.recruitment,
  /** The 24 months ending with this one (the server's default window). */
  stats: (ref: ScopeRef) =>
    queryOptions({
      queryKey: [...recruitmentQueries.all(), ref.scope, ref.id] as const,
      queryFn: () => http.get<RecruitmentStats>(recruitmentUrl(ref)),
    }),
};

export function useRecruitment(ref: ScopeRef | null) {
  return useQuery({
    ...recruitmentQueries.stats(ref ?? { scope: 'nation', id: null }),
    enabled: ref !== null,
  });
}
