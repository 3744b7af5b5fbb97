import type { PatternKind, SeriesStyle } from './series';

const SIZE = 8;

const marks: Record<PatternKind, string | null> = {
  solid: null,
  diagonal: `M0,${SIZE} L${SIZE},0 M-2,2 L2,-2 M${SIZE - 2},${SIZE + 2} L${SIZE + 2},${SIZE - 2}`,
  'back-diagonal': `M0,0 L${SIZE},${SIZE} M-2,${SIZE - 2} L2,${SIZE + 2} M${SIZE - 2},-2 L${SIZE + 2},2`,
  cross: `M0,${SIZE / 2} L${SIZE},${SIZE / 2} M${SIZE / 2},0 L${SIZE / 2},${SIZE}`,
  horizontal: `M0,${SIZE / 2} L${SIZE},${SIZE / 2}`,
  vertical: `M${SIZE / 2},0 L${SIZE / 2},${SIZE}`,
  dots: null,
};

const inkColor = (s: SeriesStyle) =>
  s.ink === 'light' ? 'rgba(255,255,255,0.75)' : 'rgba(29,33,37,0.55)';

/** The id of a series' pattern within one chart (ids are page-wide, so each chart has a prefix). */
export const patternId = (prefix: string, key: string) =>
  `${prefix}-${key.replace(/[^\w-]/g, '_')}`;

/** What to fill a series with: its pattern, or its plain colour when it has none. */
export function fillFor(prefix: string, s: SeriesStyle): string {
  return s.pattern === 'solid' ? s.color : `url(#${patternId(prefix, s.key)})`;
}

function Pattern({ id, series }: { id: string; series: SeriesStyle }) {
  const path = marks[series.pattern];
  return (
    <pattern id={id} width={SIZE} height={SIZE} patternUnits="userSpaceOnUse">
      <rect width={SIZE} height={SIZE} fill={series.color} />
      {path && <path d={path} stroke={inkColor(series)} strokeWidth={1.5} />}
      {series.pattern === 'dots' && (
        <circle cx={SIZE / 2} cy={SIZE / 2} r={1.6} fill={inkColor(series)} />
      )}
    </pattern>
  );
}

/** The patterns of a chart's series, to place inside its <svg>. */
export function PatternDefs({
  prefix,
  series,
}: {
  prefix: string;
  series: readonly SeriesStyle[];
}) {
  return (
    <defs>
      {series
        .filter((s) => s.pattern !== 'solid')
        .map((s) => (
          <Pattern key={s.key} id={patternId(prefix, s.key)} series={s} />
        ))}
    </defs>
  );
}

/** A small square showing a series' colour and pattern, for legends. */
export function Swatch({ prefix, series }: { prefix: string; series: SeriesStyle }) {
  const id = patternId(`${prefix}-swatch`, series.key);
  return (
    <svg className="chart-swatch" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
      {series.pattern !== 'solid' && (
        <defs>
          <Pattern id={id} series={series} />
        </defs>
      )}
      <rect
        x="0.5"
        y="0.5"
        width="15"
        height="15"
        fill={series.pattern === 'solid' ? series.color : `url(#${id})`}
        stroke="#4b535c"
      />
    </svg>
  );
}
