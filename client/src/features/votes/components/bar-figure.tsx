import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';

export interface BarDatum {
  key: string;
  label: string;
  value: number;
  color?: string;
}

interface BarFigureProps {
  data: readonly BarDatum[];
  /** What the chart shows, said in words; the table beside it has the same figures. */
  caption: string;
  format: (value: number) => string;
  /** The axis's end; by default the largest value. */
  max?: number;
  testId?: string;
}

const BAR = '#9f1d1a';
const LABEL_CHARS = 18;

const shorten = (label: string) =>
  label.length > LABEL_CHARS ? `${label.slice(0, LABEL_CHARS - 1)}…` : label;

/**
 * Horizontal bars, one per row, so long names stay readable on a phone. The drawing is hidden
 * from screen readers and the keyboard: the table that goes with it carries the same figures.
 */
export function BarFigure({ data, caption, format, max, testId }: BarFigureProps) {
  const height = 40 + data.length * 38;
  // Room for the longest name, up to the point where names are shortened.
  const longest = Math.max(...data.map((d) => shorten(d.label).length));
  const labelWidth = Math.min(140, Math.max(44, Math.round(longest * 8) + 20));
  return (
    <figure className="bar-figure" data-testid={testId}>
      <div aria-hidden="true">
        <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 320, height }}>
          <BarChart
            layout="vertical"
            data={[...data]}
            margin={{ top: 4, right: 56, bottom: 4, left: 4 }}
            accessibilityLayer={false}
          >
            <CartesianGrid horizontal={false} stroke="#d6d3ca" />
            <XAxis
              type="number"
              domain={[0, max ?? 'auto']}
              tickFormatter={(v: number) => format(v)}
              allowDecimals={false}
              stroke="#4b535c"
            />
            <YAxis
              type="category"
              dataKey="label"
              width={labelWidth}
              tickFormatter={shorten}
              tick={{ fontSize: 13 }}
              interval={0}
              stroke="#4b535c"
            />
            {/* A zero still gets a sliver, and its label, so it reads as zero, not as missing. */}
            <Bar dataKey="value" isAnimationActive={false} barSize={22} minPointSize={2}>
              {data.map((d) => (
                <Cell key={d.key} fill={d.color ?? BAR} />
              ))}
              <LabelList
                dataKey="value"
                position="right"
                formatter={(v) => (typeof v === 'number' ? format(v) : String(v ?? ''))}
                fill="#1d2125"
              />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="field-hint">{caption}</figcaption>
    </figure>
  );
}
