import type { Count } from '@shopfloor/shared';
import type { ChartRow } from './series';

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
export function toSeriesRows<P extends { month: string }, K extends string>(
  points: readonly P[],
  pick: (point: P) => Partial<Record<string, Count>>,
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

/** The largest figure a chart draws (suppressed counts are drawn as 0). */
export function maxDrawn<K extends string>(rows: readonly SeriesRow<K>[]): number {
  return Math.max(0, ...rows.flatMap((r) => Object.values<number>(r.values)));
}
