import { useId, useRef, type ReactNode } from 'react';
import { ScrollBox } from '../ui/scroll-box';
import { ChartDownloads } from './chart-downloads';
import './charts.css';

interface ChartFigureProps {
  title: string;
  /** What the chart shows, in a sentence: read before the drawing, and by screen readers. */
  summary?: ReactNode;
  /**
   * The drawing and its legend; hidden from screen readers, which get the table instead. Without
   * one (nothing to draw, e.g. every figure hidden) the summary says why, and only the table is
   * offered for download.
   */
  chart: ReactNode;
  /** The label of the control that shows the table, e.g. "Show as table". */
  tableLabel: string;
  /** The same figures as a table. */
  table: (tableId: string) => ReactNode;
  /** Notes under the chart, e.g. on suppressed counts. */
  notes?: ReactNode;
  /** Open the table from the start. */
  tableOpen?: boolean;
  /** The heading's level: 3 inside a section of the page, 2 for a chart that is one. */
  level?: 2 | 3;
  testId?: string;
}

/**
 * A chart with a heading, a sentence saying what it shows, and its figures as a table one click
 * away; the table is what keyboard and screen-reader users read. The chart can be downloaded as
 * a PNG image and its table as a CSV file, to take to a meeting.
 */
export function ChartFigure({
  title,
  summary,
  chart,
  tableLabel,
  table,
  notes,
  tableOpen,
  level = 3,
  testId,
}: ChartFigureProps) {
  const Heading = level === 2 ? 'h2' : 'h3';
  const id = useId();
  const titleId = `${id}-title`;
  const tableId = `${id}-table`;
  const figure = useRef<HTMLElement>(null);
  return (
    <section className="chart-figure" aria-labelledby={titleId} data-testid={testId} ref={figure}>
      <Heading id={titleId}>{title}</Heading>
      {summary && <p className="chart-summary">{summary}</p>}
      {chart != null && (
        <div className="chart-drawing" aria-hidden="true">
          {chart}
        </div>
      )}
      {notes}
      <ChartDownloads title={title} titleId={titleId} figure={figure} image={chart != null} />
      <details className="chart-table" open={tableOpen}>
        <summary>{tableLabel}</summary>
        <ScrollBox labelledBy={titleId}>{table(tableId)}</ScrollBox>
      </details>
    </section>
  );
}
