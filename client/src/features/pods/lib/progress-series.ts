import {
  organizingStatuses,
  type Count,
  type GoalMetric,
  type GoalWithProgress,
  type OrganizingStatus,
  type PodProgressPoint,
} from '@shopfloor/shared';
import type { ChartRow } from '../../../components/charts/series';
import { stageKeys, type StageKey } from '../../../components/ui/stage-looks';

/** One month of one breakdown: what a chart draws, and the counts as the server sent them. */
export interface SeriesRow<K extends string> {
  month: string;
  /**
   * What is drawn: a count that came as a number; 0 for a suppressed one ("<5", "suppressed"),
   * which is never computed with. The table beside the chart shows the count itself.
   */
  values: Record<K, number>;
  counts: Record<K, Count>;
}

/** A breakdown of each point as one row per month, every key present (a missing one is 0). */
export function toSeries<K extends string>(
  points: readonly PodProgressPoint[],
  pick: (point: PodProgressPoint) => Partial<Record<string, Count>>,
  keys: readonly K[],
): SeriesRow<K>[] {
  return points.map((point) => {
    const source = pick(point);
    const values = {} as Record<K, number>;
    const counts = {} as Record<K, Count>;
    for (const key of keys) {
      const count = source[key] ?? 0;
      counts[key] = count;
      values[key] = typeof count === 'number' ? count : 0;
    }
    return { month: point.month, values, counts };
  });
}

export const statusSeries = (points: readonly PodProgressPoint[]) =>
  toSeries<OrganizingStatus>(points, (p) => p.byStatus, organizingStatuses);

export const stageSeries = (points: readonly PodProgressPoint[]) =>
  toSeries<StageKey>(points, (p) => p.workplacesByStage, stageKeys);

export const activityKeys = ['recruits', 'meetings', 'attendances', 'attendees'] as const;
export type ActivityKey = (typeof activityKeys)[number];

export const activitySeries = (points: readonly PodProgressPoint[]) =>
  toSeries<ActivityKey>(
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

/** Keys with anything to show in some month (a count above 0, or a suppressed one), plus `always`. */
export function keysInUse<K extends string>(
  rows: readonly SeriesRow<K>[],
  keys: readonly K[],
  always: readonly K[] = [],
): K[] {
  return keys.filter((k) => always.includes(k) || rows.some((r) => r.counts[k] !== 0));
}

/** Every count in the rows, e.g. to tell whether notes on suppressed counts are needed. */
export function allCounts<K extends string>(rows: readonly SeriesRow<K>[]): Count[] {
  return rows.flatMap((r) => Object.values<Count>(r.counts));
}

/** The rows as a chart draws them: a label per month, and each count written for the reader. */
export function toChartRows<K extends string>(
  rows: readonly SeriesRow<K>[],
  monthLabel: (month: string) => string,
  display: (count: Count) => string,
): ChartRow[] {
  return rows.map((r) => ({
    label: monthLabel(r.month),
    values: r.values,
    display: Object.fromEntries(Object.entries<Count>(r.counts).map(([k, c]) => [k, display(c)])),
  }));
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
