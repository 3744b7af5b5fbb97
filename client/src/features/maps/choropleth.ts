import type { Count, NationalStats } from '@shopfloor/shared';

export type StateFigures = NationalStats['byState'][number];

/** What the states can be shaded by. Pods come later: no measure stands in for them. */
export const measures = [
  'members',
  'membersMapped',
  'shareMapped',
  'activeCampaigns',
  'recruitsLast90Days',
] as const;
export type Measure = (typeof measures)[number];

export function isMeasure(value: string): value is Measure {
  return (measures as readonly string[]).includes(value);
}

/** A share is a ratio (shown as a percent); the other measures are counts. */
export const isRatio = (measure: Measure) => measure === 'shareMapped';

/**
 * A state's value for a measure: a number to shade by; a suppressed count ("<5", or "suppressed"
 * where a neighbouring small count could be worked out by subtraction), never computed with; or
 * nothing (no row for the state, or a share of no members).
 */
export type MeasureValue =
  { kind: 'number'; value: number } | { kind: 'suppressed'; label: string } | { kind: 'none' };

const NONE: MeasureValue = { kind: 'none' };

export function countValue(count: Count | undefined): MeasureValue {
  if (count === undefined) return NONE;
  return typeof count === 'number'
    ? { kind: 'number', value: count }
    : { kind: 'suppressed', label: count };
}

/** part / whole, only when both are numbers: a suppressed count is never divided. */
export function shareOf(part: Count, whole: Count): MeasureValue {
  if (typeof whole === 'string') return { kind: 'suppressed', label: whole };
  if (typeof part === 'string') return { kind: 'suppressed', label: part };
  if (whole <= 0) return NONE;
  return { kind: 'number', value: part / whole };
}

export function measureValue(row: StateFigures | undefined, measure: Measure): MeasureValue {
  if (!row) return NONE;
  if (measure === 'shareMapped') return shareOf(row.membersMapped, row.members);
  return countValue(row[measure]);
}

/**
 * Upper bounds of up to `classes` quantile classes, ascending and distinct; the last is the
 * maximum. Fewer classes come back when the values do not spread over that many.
 */
export function quantileBreaks(values: readonly number[], classes = 5): number[] {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  const breaks: number[] = [];
  if (sorted.length === 0) return breaks;
  for (let i = 1; i <= classes; i++) {
    const index = Math.max(0, Math.ceil((i / classes) * sorted.length) - 1);
    const value = sorted[index]!;
    if (breaks.length === 0 || value > breaks[breaks.length - 1]!) breaks.push(value);
  }
  return breaks;
}

/** The class of a value: the first whose upper bound it does not pass. */
export function classOf(value: number, breaks: readonly number[]): number {
  const index = breaks.findIndex((upper) => value <= upper);
  return index === -1 ? breaks.length - 1 : index;
}

/** ColorBrewer YlGnBu, light to dark: ordered, and readable by most kinds of colour vision. */
export const palette = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'] as const;

/** `n` colours spread over the palette, so two classes are light and dark, not two lights. */
export function classColors(n: number): string[] {
  if (n <= 0) return [];
  if (n === 1) return [palette[2]];
  return Array.from(
    { length: n },
    (_, i) => palette[Math.round((i * (palette.length - 1)) / (n - 1))]!,
  );
}

export type StateClass =
  { kind: 'class'; index: number } | { kind: 'suppressed' } | { kind: 'none' };

export interface LegendRange {
  from: number;
  /** The lower bound belongs to the class below (ratios only). */
  fromExclusive: boolean;
  to: number;
  color: string;
}

export interface Choropleth {
  measure: Measure;
  breaks: number[];
  colors: string[];
  ranges: LegendRange[];
  byState: Map<string, { value: MeasureValue; cls: StateClass }>;
  hasSuppressed: boolean;
}

/**
 * The ranges a legend shows. Counts are whole numbers, so a class starts one above the previous
 * bound; a ratio class starts at the previous bound (exclusive: the legend says so in words).
 */
export function legendRanges(
  breaks: readonly number[],
  min: number,
  ratio: boolean,
  colors: readonly string[],
): LegendRange[] {
  return breaks.map((to, i) => ({
    from: i === 0 ? min : ratio ? breaks[i - 1]! : breaks[i - 1]! + 1,
    fromExclusive: ratio && i > 0,
    to,
    color: colors[i]!,
  }));
}

export function buildChoropleth(
  rows: readonly StateFigures[],
  measure: Measure,
  classes = 5,
): Choropleth {
  const values = new Map(rows.map((row) => [row.state, measureValue(row, measure)]));
  const numbers = [...values.values()].flatMap((v) => (v.kind === 'number' ? [v.value] : []));
  const breaks = quantileBreaks(numbers, classes);
  const colors = classColors(breaks.length);
  const byState = new Map<string, { value: MeasureValue; cls: StateClass }>();
  for (const [state, value] of values) {
    const cls: StateClass =
      value.kind === 'number'
        ? { kind: 'class', index: classOf(value.value, breaks) }
        : { kind: value.kind };
    byState.set(state, { value, cls });
  }
  return {
    measure,
    breaks,
    colors,
    ranges: legendRanges(breaks, Math.min(...numbers), isRatio(measure), colors),
    byState,
    hasSuppressed: [...values.values()].some((v) => v.kind === 'suppressed'),
  };
}
