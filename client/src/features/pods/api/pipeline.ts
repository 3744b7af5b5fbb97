import { queryOptions, useQuery } from '@tanstack/react-query';
import type { EmployerRollup, EmployerSummary, PipelineStats } from '@shopfloor/shared';
import { http } from '../../../lib/http';
import { rootKeys } from './keys';

export const pipelineQueries = {
  all: () => rootKeys.pipeline,
  stats: () =>
    queryOptions({
      queryKey: [...pipelineQueries.all(), 'stats'] as const,
      queryFn: () => http.get<PipelineStats>('/api/stats/pipeline'),
    }),
  /** Employers across chapters, most sites first; `q` narrows them by name. */
  employers: (q: string) =>
    queryOptions({
      queryKey: [...pipelineQueries.all(), 'employers', q] as const,
      queryFn: () =>
        http.get<EmployerSummary[]>(
          `/api/stats/employers?${new URLSearchParams({ q, limit: '25' }).toString()}`,
        ),
    }),
  employer: (key: string) =>
    queryOptions({
      queryKey: [...pipelineQueries.all(), 'employer', key] as const,
      queryFn: () => http.get<EmployerRollup>(`/api/stats/employers/${encodeURIComponent(key)}`),
    }),
};

export function usePipelineStats() {
  return useQuery(pipelineQueries.stats());
}

export function useEmployerSearch(q: string) {
  return useQuery(pipelineQueries.employers(q));
}

export function useEmployerRollup(key: string) {
  return useQuery(pipelineQueries.employer(key));
}
