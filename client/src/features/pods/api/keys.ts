import type { QueryClient } from '@tanstack/react-query';

/** The first part of every query key of this feature: pods, campaign pages, the pipeline. */
export const rootKeys = {
  pods: ['pods'],
  campaigns: ['campaign-pages'],
  pipeline: ['pipeline'],
} as const;

/**
 * Roots of other pages' caches that show the same records (the chapter workspace, dashboard and
 * maps). After a change here they are marked stale, so they load again when next shown; only the
 * ones on screen are fetched at once.
 */
const elsewhere = [['members'], ['workplaces'], ['campaigns'], ['dashboard'], ['maps']] as const;

/** Marks stale everything a change to a member's status or a campaign can show in. */
export function invalidateOrganizing(queryClient: QueryClient) {
  return Promise.all(
    [...Object.values(rootKeys), ...elsewhere].map((queryKey) =>
      queryClient.invalidateQueries({ queryKey }),
    ),
  );
}
