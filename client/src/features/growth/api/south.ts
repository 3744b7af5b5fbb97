import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SouthCoverage } from '@shopfloor/shared';
import { http } from '../../../lib/http';
import { growthKeys } from './keys';

export const southQueries = {
  coverage: () =>
    queryOptions({
      queryKey: [...growthKeys.south, 'coverage'] as const,
      queryFn: () => http.get<SouthCoverage>('/api/stats/south'),
    }),
};

export function useSouthCoverage() {
  return useQuery(southQueries.coverage());
}
