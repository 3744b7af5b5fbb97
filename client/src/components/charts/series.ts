/** The marks drawn over a series' colour, so no two series differ by colour alone. */
export type PatternKind =
  'solid' | 'diagonal' | 'back-diagonal' | 'cross' | 'dots' | 'horizontal' | 'vertical';

/** How one series looks: its name in the legend, its colour and its pattern. */
export interface SeriesStyle {
  key: string;
  label: string;
  color: string;
  pattern: PatternKind;
  /** The pattern's marks: light on a dark colour, dark on a light one. */
  ink: 'light' | 'dark';
}

/** One point on a time axis: what is drawn, and what the tooltip says, for each series. */
export interface ChartRow {
  label: string;
  values: Record<string, number>;
  /** Each value as written for the reader, e.g. "12" or "<5" for a suppressed count. */
  display: Record<string, string>;
}

/** A horizontal line across a chart, e.g. a goal. */
export interface ChartLine {
  key: string;
  value: number;
  label: string;
}
