import {
  naicsCodes,
  recruitmentKeys,
  type Count,
  type GoalStatus,
  type RecruitmentPoint,
} from '@shopfloor/shared';
import { toSeriesRows } from '../../../components/charts/series-rows';

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
  toSeriesRows<RecruitmentPoint, FlowKey>(
    points,
    (p) => ({ joins: p.joins, lapses: p.lapses }),
    flowKeys,
  );

export const memberRows = (points: readonly RecruitmentPoint[]) =>
  toSeriesRows<RecruitmentPoint, 'members'>(points, (p) => ({ members: p.members }), ['members']);

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
