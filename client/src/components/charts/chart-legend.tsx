import { Swatch } from './patterns';
import type { SeriesStyle } from './series';

interface ChartLegendProps {
  prefix: string;
  series: readonly SeriesStyle[];
}

/** Each series' swatch and name, in reading order; the table below the chart has the figures. */
export function ChartLegend({ prefix, series }: ChartLegendProps) {
  return (
    <ul className="chart-legend">
      {series.map((s) => (
        <li key={s.key}>
          <Swatch prefix={prefix} series={s} />
          <span>{s.label}</span>
        </li>
      ))}
    </ul>
  );
}
