import type { Goal, GoalStatus } from '@shopfloor/shared';
import type { Suppressor } from '../stats/suppressor';

/** A month is 365.25/12 = 487/16 days: kept as a fraction so pace and projection are exact. */
const MONTH_NUM = 487;
const MONTH_DEN = 16;
const DAY_MS = 86400_000;

/** What a goal's metric reads now, and at the ends of the last complete months (oldest first). */
export interface MetricReading {
  current: number | null;
  /** Null when the metric has no history. */
  points: number[] | null;
}

/**
 * The least-squares slope of points at x = 0..n-1, as a fraction num/den with integer parts:
 * Σ(x − x̄)(v − v̄) / Σ(x − x̄)² = 6·Σ(2x − n + 1)·v / (n(n² − 1)).
 */
export function slope(points: readonly number[]): { num: number; den: number } | null {
  const n = points.length;
  if (n < 2) return null;
  let num = 0;
  points.forEach((v, x) => (num += (2 * x - n + 1) * v));
  return { num: 6 * num, den: n * (n * n - 1) };
}

const round2 = (x: number) => Math.round(x * 100) / 100;
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);

type Progress = Omit<GoalStatus, keyof Goal | 'scopeLabel'>;

/**
 * How far a goal has come, what pace it needs, and when the recent trend would meet it. Anything
 * drawn from a current value hidden from the caller is hidden too.
 */
export function assessGoal(
  goal: Goal,
  reading: MetricReading,
  today: string,
  sup: Suppressor,
): Progress {
  const daysLeft = daysBetween(today, goal.dueOn);
  const monthsLeft = round2((daysLeft * MONTH_DEN) / MONTH_NUM);
  const none = {
    met: null,
    remaining: null,
    pacePerMonth: null,
    trendPerMonth: null,
    projectedOn: null,
    onPace: null,
  };
  if (reading.current === null)
    return { ...none, current: null, monthsLeft, trend: 'not_recorded' };
  const current = sup.count(reading.current);
  if (typeof current === 'string') return { ...none, current, monthsLeft, trend: 'suppressed' };

  const met = reading.current >= goal.target;
  const remaining = Math.max(0, goal.target - reading.current);
  const pacePerMonth = met
    ? 0
    : daysLeft > 0
      ? round2((remaining * MONTH_NUM) / (MONTH_DEN * daysLeft))
      : null;
  const s = reading.points ? slope(reading.points) : null;
  const base = {
    current,
    met,
    remaining,
    monthsLeft,
    pacePerMonth,
    trendPerMonth: s ? round2(s.num / s.den) : null,
  };
  if (met) return { ...base, projectedOn: null, onPace: true, trend: 'met' };
  if (!reading.points) return { ...base, projectedOn: null, onPace: null, trend: 'not_recorded' };
  if (!s || s.num <= 0) return { ...base, projectedOn: null, onPace: null, trend: 'no_trend' };
  // remaining ÷ (num/den per month), in days: remaining·den·487 / (num·16), rounded up.
  const days = Math.ceil((remaining * s.den * MONTH_NUM) / (s.num * MONTH_DEN));
  const projectedOn = addDays(today, days);
  return { ...base, projectedOn, onPace: projectedOn <= goal.dueOn, trend: 'rising' };
}
