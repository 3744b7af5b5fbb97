import {
  naicsCodes,
  recruitmentKeys,
  type Count,
  type GoalStatus,
  type RecruitmentPoint,
} from '@shopfloor/shared';
import type { ChartRow } from '../../../components/charts/series';

/** One month of one breakdown: what a chart draws, and the counts as the server sent them. */
export interface CountRow<K extends string> {
  month: string;
  /** What is drawn: a count sent as a number; 0 for a suppressed one, never computed with. */
  values: Record<K, number>;
  counts: Record<K, Count>;
}

/** Each month as one row with every key present (a missing one is 0). */
export function toRows<K extends string>(
  points: readonly RecruitmentPoint[],
  pick: (point: RecruitmentPoint) => Partial<Record<string, Count>>,
  keys: readonly K[],
): CountRow<K>[] {
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

/** Keys with anything to show in some month: a count above 0, or a suppressed one. */
export function keysInUse<K extends string>(rows: readonly CountRow<K>[], keys: readonly K[]): K[] {
  return keys.filter((k) => rows.some((r) => r.counts[k] !== 0));
}

export function allCounts<K extends string>(rows: readonly CountRow<K>[]): Count[] {
  return rows.flatMap((r) => Object.values<Count>(r.counts));
}

/** The rows as a chart draws them: a label per month, and each count written for the reader. */
export function toChartRows<K extends string>(
  rows: readonly CountRow<K>[],
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
export function maxDrawn<K extends string>(rows: readonly CountRow<K>[]): number {
  return Math.max(0, ...rows.flatMap((r) => Object.values<number>(r.values)));
}

export const breakdownKinds = ['source', 'language', 'region', 'industry'] as const;
export type BreakdownKind = (typeof breakdownKinds)[number];

const industryKeys = [...naicsCodes, ...recruitmentKeys.industryExtras] as readonly string[];

/** Each breakdown's keys, in the order shown, and where a month keeps it. */
export const breakdowns: Record<
  BreakdownKind,
  { keys: readonly string[]; pick: (p: RecruitmentPoint) => Record<string, Count> }
> = {
  source: { keys: recruitmentKeys.sources, pick: (p) => p.bySource },
  language: { keys: recruitmentKeys.languages, pick: (p) => p.byLanguage },
  region: { keys: recruitmentKeys.regions, pick: (p) => p.byRegion },
  industry: { keys: industryKeys, pick: (p) => p.byIndustry },
};

export const flowKeys = ['joins', 'lapses'] as const;
export type FlowKey = (typeof flowKeys)[number];

export const flowRows = (points: readonly RecruitmentPoint[]) =>
  toRows<FlowKey>(points, (p) => ({ joins: p.joins, lapses: p.lapses }), flowKeys);

export const memberRows = (points: readonly RecruitmentPoint[]) =>
  toRows<'members'>(points, (p) => ({ members: p.members }), ['members']);

/** A calendar month on average (365.25 / 12 days), as the server counts pace. */
const MONTH_DAYS = 365.25 / 12;

/** How many months a goal runs, from its start to its due date; null without a start. */
export function goalMonths(goal: Pick<GoalStatus, 'startsOn' | 'dueOn'>): number | null {
  if (!goal.startsOn) return null;
  const days = (Date.parse(goal.dueOn) - Date.parse(goal.startsOn)) / 86400_000;
  return Number.isFinite(days) && days > 0 ? days / MONTH_DAYS : null;
}

/** Recruits a month that a recruiting goal asks for, spread evenly over its months. */
export function monthlyRate(goal: Pick<GoalStatus, 'target' | 'startsOn' | 'dueOn'>) {
  const months = goalMonths(goal);
  return months === null ? null : Math.round((goal.target / months) * 10) / 10;
}

/**
 * A goal line more than this many times the chart's largest figure would squash the figures into
 * a sliver at the bottom: such a goal is named under the chart instead of drawn.
 */
export const OFF_SCALE = 4;

export interface GoalLine {
  goal: GoalStatus;
  value: number;
}

/** Splits goal lines into those drawn on a chart and those far above its figures. */
export function placeLines(lines: readonly GoalLine[], max: number) {
  const ceiling = OFF_SCALE * Math.max(max, 1);
  return {
    drawn: lines.filter((l) => l.value <= ceiling),
    offScale: lines.filter((l) => l.value > ceiling),
  };
}

/** The members goals of the scope, as levels on the members chart. */
export const memberGoalLines = (goals: readonly GoalStatus[]): GoalLine[] =>
  goals.filter((g) => g.metric === 'members').map((goal) => ({ goal, value: goal.target }));

/** The recruiting goals of the scope, as the monthly joins each asks for. */
export const recruitGoalLines = (goals: readonly GoalStatus[]): GoalLine[] =>
  goals.flatMap((goal) => {
    const rate = goal.metric === 'recruits' ? monthlyRate(goal) : null;
    return rate === null ? [] : [{ goal, value: rate }];
  });
