/** ColorBrewer YlGnBu, light to dark: ordered, and readable by most kinds of colour vision. */
const stops = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'] as const;

/** The whole scale as a CSS gradient, for the legend. */
export const scaleGradient = `linear-gradient(to right, ${stops.join(', ')})`;

/** No members on the roll there. */
export const NO_ROLL_FILL = '#f7f6f2';
/** Hidden turnout where the hatch pattern cannot be drawn. */
export const HIDDEN_FALLBACK = '#c9c6bd';

const hex = (color: string) => [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16));

/** The scale's end: the highest turnout rounded up to a tenth, so a 14% region is not "full". */
export function scaleTop(values: readonly number[]): number {
  const max = Math.max(0, ...values);
  return Math.min(100, Math.max(10, Math.ceil(max / 10) * 10));
}

/** A turnout (0–100) as a colour between the palette's ends, 0 lightest and `top` darkest. */
export function turnoutColor(value: number, top: number): string {
  const position = Math.min(1, Math.max(0, value / top)) * (stops.length - 1);
  const i = Math.min(stops.length - 2, Math.floor(position));
  const f = position - i;
  const [a, b] = [hex(stops[i]!), hex(stops[i + 1]!)];
  return `#${a
    .map((c, k) =>
      Math.round(c + (b[k]! - c) * f)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}
