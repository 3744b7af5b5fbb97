import type { TooltipContentProps } from 'recharts';
import { Swatch } from './patterns';
import type { ChartRow, SeriesStyle } from './series';

interface ChartTooltipProps {
  prefix: string;
  series: readonly SeriesStyle[];
  /** Series listed top first: the reverse of drawing order in a stack. */
  reverse?: boolean;
}

/** The hovered point's figures as the reader should see them ("<5", never a made-up number). */
export function chartTooltip({ prefix, series, reverse }: ChartTooltipProps) {
  const ordered = reverse ? [...series].reverse() : series;
  return function ChartTooltipContent({ active, payload }: TooltipContentProps) {
    const row = payload?.[0]?.payload as ChartRow | undefined;
    if (!active || !row) return null;
    return (
      <div className="chart-tooltip">
        <p>{row.label}</p>
        <ul>
          {ordered.map((s) => (
            <li key={s.key}>
              <Swatch prefix={prefix} series={s} />
              <span>{s.label}</span>
              <span>{row.display[s.key]}</span>
            </li>
          ))}
        </ul>
      </div>
    );
  };
}
