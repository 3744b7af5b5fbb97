import { useId } from 'react';
import {
  Area,
  AreaChart,
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

interface StackedAreaChartProps {
  rows: readonly ChartRow[];
  /** In reading order, top of the stack first; the last one is drawn at the bottom. */
  series: readonly SeriesStyle[];
  lines?: readonly ChartLine[];
  format: (n: number) => string;
  height?: number;
}

/** Counts over time, stacked; goals as dashed lines, each named at its left end. */
export function StackedAreaChart({
  rows,
  series,
  lines = [],
  format,
  height = 260,
}: StackedAreaChartProps) {
  const prefix = useId().replace(/:/g, '');
  const bottomUp = [...series].reverse();
  return (
    <>
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 320, height }}>
        <AreaChart
          data={[...rows]}
          margin={{ top: 16, right: 12, bottom: 0, left: 0 }}
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
          {bottomUp.map((s) => (
            <Area
              key={s.key}
              type="monotone"
              dataKey={(row: ChartRow) => row.values[s.key] ?? 0}
              name={s.label}
              stackId="stack"
              stroke={s.color}
              strokeWidth={1.5}
              fill={fillFor(prefix, s)}
              fillOpacity={1}
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
          <Tooltip content={chartTooltip({ prefix, series })} />
        </AreaChart>
      </ResponsiveContainer>
      <ChartLegend prefix={prefix} series={series} />
    </>
  );
}
