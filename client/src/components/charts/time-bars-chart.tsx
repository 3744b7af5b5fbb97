import { useId } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { AXIS_COLOR, GRID_COLOR, INK, TICK, countTick } from './axis';
import { ChartLegend } from './chart-legend';
import { chartTooltip } from './chart-tooltip';
import { LineLabel } from './line-label';
import { PatternDefs, fillFor } from './patterns';
import type { ChartLine, ChartRow, SeriesStyle } from './series';

interface TimeBarsChartProps {
  rows: readonly ChartRow[];
  /** In reading order; stacked, the first is drawn at the bottom. */
  series: readonly SeriesStyle[];
  /** One bar per period made of every series, or the series side by side. */
  stacked?: boolean;
  /** Levels across the chart, e.g. the monthly pace a goal asks for: dashed, named at the left. */
  lines?: readonly ChartLine[];
  format: (n: number) => string;
  height?: number;
}

/** Counts per period as bars: stacked (parts of a whole) or side by side (separate measures). */
export function TimeBarsChart({
  rows,
  series,
  stacked = false,
  lines = [],
  format,
  height = 240,
}: TimeBarsChartProps) {
  const prefix = useId().replace(/:/g, '');
  return (
    <>
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 320, height }}>
        <BarChart
          data={[...rows]}
          margin={{ top: lines.length ? 16 : 8, right: 12, bottom: 0, left: 0 }}
          barCategoryGap="20%"
          accessibilityLayer={false}
        >
          <PatternDefs prefix={prefix} series={series} />
          <CartesianGrid stroke={GRID_COLOR} vertical={false} />
          <XAxis dataKey="label" tick={TICK} stroke={AXIS_COLOR} minTickGap={12} />
          <YAxis
            width={40}
            allowDecimals={false}
            tick={TICK}
            stroke={AXIS_COLOR}
            tickFormatter={countTick(format)}
          />
          {series.map((s) => (
            <Bar
              key={s.key}
              dataKey={(row: ChartRow) => row.values[s.key] ?? 0}
              name={s.label}
              stackId={stacked ? 'stack' : undefined}
              fill={fillFor(prefix, s)}
              stroke={s.color}
              isAnimationActive={false}
            />
          ))}
          {lines.map((line) => (
            <ReferenceLine
              key={line.key}
              y={line.value}
              stroke={INK}
              strokeDasharray="6 4"
              strokeWidth={2}
              ifOverflow="extendDomain"
              label={<LineLabel text={line.label} />}
            />
          ))}
          <Tooltip
            cursor={{ fill: 'rgba(29, 33, 37, 0.06)' }}
            content={chartTooltip({ prefix, series, reverse: stacked })}
          />
        </BarChart>
      </ResponsiveContainer>
      <ChartLegend prefix={prefix} series={stacked ? [...series].reverse() : series} />
    </>
  );
}
