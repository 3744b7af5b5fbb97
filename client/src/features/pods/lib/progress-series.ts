import {
  organizingStatuses,
  type Count,
  type GoalMetric,
  type GoalWithProgress,
  type OrganizingStatus,
  type PodProgressPoint,
} from '@shopfloor/shared';
import { toSeriesRows } from '../../../components/charts/series-rows';
import { stageKeys, type StageKey } from '../../../components/ui/stage-looks';

export const statusSeries = (points: readonly PodProgressPoint[]) =>
  toSeriesRows<PodProgressPoint, OrganizingStatus>(points, (p) => p.byStatus, organizingStatuses);

export const stageSeries = (points: readonly PodProgressPoint[]) =>
  toSeriesRows<PodProgressPoint, StageKey>(points, (p) => p.workplacesByStage, stageKeys);

export const activityKeys = ['recruits', 'meetings', 'attendances', 'attendees'] as const;
export type ActivityKey = (typeof activityKeys)[number];

export const activitySeries = (points: readonly PodProgressPoint[]) =>
  toSeriesRows<PodProgressPoint, ActivityKey>(
    points,
    (p) => ({
      recruits: p.recruits,
      meetings: p.meetings,
      attendances: p.attendances,
      attendees: p.attendees,
    }),
    activityKeys,
  );

/** The counts of a breakdown now, in the order given (a missing one is 0). */
export function currentRows<K extends string>(
  counts: Partial<Record<string, Count>>,
  keys: readonly K[],
) {
  return keys.map((key) => {
    const count = counts[key] ?? 0;
    return { key, count, value: typeof count === 'number' ? count : 0 };
  });
}

/**
 * Goals that are a level on the status chart. Statuses are stacked furthest-along at the bottom,
 * so "members" is the top of the stack, and "trained" or "committee" (members at that status or
 * further) the top of that status's band.
 */
export const chartedGoalMetrics = [
  'members',
  'trained',
  'committee',
] as const satisfies readonly GoalMetric[];

export function statusGoalLines(goals: readonly GoalWithProgress[]) {
  return goals.filter((g) => (chartedGoalMetrics as readonly string[]).includes(g.metric));
}

/** The last `months` calendar months (UTC), this one included, as YYYY-MM. */
export function monthRange(months: number, now = new Date()): { from: string; to: string } {
  const at = (delta: number) => {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + delta, 1));
    return d.toISOString().slice(0, 7);
  };
  return { from: at(-(months - 1)), to: at(0) };
}
