import { useId } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  ReferenceLine,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import { AXIS_COLOR, GRID_COLOR, INK, TICK } from './axis';
import { PatternDefs, fillFor } from './patterns';
import type { ChartLine, SeriesStyle } from './series';

export interface BarRow {
  style: SeriesStyle;
  /** What is drawn: 0 for a count that is not shown as a number. */
  value: number;
  /** What the bar's end says, e.g. "12", "<5" or "25%". */
  display: string;
}

interface HorizontalBarsChartProps {
  rows: readonly BarRow[];
  /** Ticks on the value axis, e.g. a count or a percent. */
  format: (n: number) => string;
  /** The axis's end; by default the largest value. */
  max?: number;
  /** A vertical line, e.g. the majority line at 50%. */
  line?: ChartLine;
  labelWidth?: number;
}

const LABEL_CHARS = 24;
const shorten = (label: string) =>
  label.length > LABEL_CHARS ? `${label.slice(0, LABEL_CHARS - 1)}…` : label;

/**
 * Room for the longest of these names as the axis writes them (shortened past 24 characters), up
 * to `most`: short names ("Yes", "No") leave the bars the width of a phone.
 */
export function fitLabelWidth(labels: readonly string[], most = 160): number {
  const longest = Math.max(0, ...labels.map((l) => shorten(l).length));
  return Math.min(most, Math.max(44, Math.round(longest * 7) + 16));
}

interface Box {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
}

/** The figure at the end of a bar, drawn even for an empty bar (a 0, or a suppressed "<5"). */
function EndLabel({ viewBox, value }: { viewBox?: unknown; value?: unknown }) {
  const box = (viewBox ?? {}) as Box;
  if (box.x === undefined || box.y === undefined) return null;
  return (
    <text
      x={box.x + Math.max(box.width ?? 0, 0) + 6}
      y={box.y + (box.height ?? 0) / 2}
      dominantBaseline="central"
      fill={INK}
      fontSize={12}
    >
      {String(value ?? '')}
    </text>
  );
}

interface ShapeProps extends Box {
  fill?: string;
  stroke?: string;
}

/**
 * A plain bar. Given as a custom shape because recharts drops zero-width bars otherwise, and
 * with them their labels: an empty bar must still say "0" or "<5".
 */
function BarShape(props: unknown) {
  const { x = 0, y = 0, width = 0, height = 0, fill, stroke } = props as ShapeProps;
  if (width <= 0) return <rect x={x} y={y} width={0} height={height} fill="none" />;
  return <rect x={x} y={y} width={width} height={height} fill={fill} stroke={stroke} />;
}

interface Datum {
  key: string;
  label: string;
  value: number;
  display: string;
}

/**
 * One bar per row, named on the left and labelled with its figure at its end, so neither the
 * colour nor the length is the only way to read it.
 */
export function HorizontalBarsChart({
  rows,
  format,
  max,
  line,
  labelWidth = 160,
}: HorizontalBarsChartProps) {
  const prefix = useId().replace(/:/g, '');
  const height = 36 + rows.length * 34 + (line ? 18 : 0);
  const data: Datum[] = rows.map((r) => ({
    key: r.style.key,
    label: r.style.label,
    value: r.value,
    display: r.display,
  }));
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 320, height }}>
      <BarChart
        layout="vertical"
        data={data}
        margin={{ top: line ? 22 : 4, right: 48, bottom: 4, left: 4 }}
        accessibilityLayer={false}
      >
        <PatternDefs prefix={prefix} series={rows.map((r) => r.style)} />
        <CartesianGrid horizontal={false} stroke={GRID_COLOR} />
        <XAxis
          type="number"
          domain={[0, max ?? 'auto']}
          allowDecimals={false}
          tickFormatter={(v: number) => format(v)}
          tick={TICK}
          stroke={AXIS_COLOR}
        />
        <YAxis
          type="category"
          dataKey="label"
          width={labelWidth}
          tickFormatter={shorten}
          interval={0}
          tick={{ ...TICK, fill: INK }}
          stroke={AXIS_COLOR}
        />
        <Bar dataKey="value" isAnimationActive={false} barSize={20} shape={BarShape}>
          {rows.map((r) => (
            <Cell key={r.style.key} fill={fillFor(prefix, r.style)} stroke={r.style.color} />
          ))}
          <LabelList dataKey="display" content={(props) => <EndLabel {...props} />} />
        </Bar>
        {line && (
          <ReferenceLine
            x={line.value}
            stroke={INK}
            strokeDasharray="6 4"
            strokeWidth={2}
            ifOverflow="extendDomain"
            label={{ value: line.label, position: 'top', fill: INK, fontSize: 12 }}
          />
        )}
      </BarChart>
    </ResponsiveContainer>
  );
}
