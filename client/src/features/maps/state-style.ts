import type { PathOptions } from 'leaflet';
import type { StateClass } from './choropleth';

/** A state with nothing recorded: paler than the palette's lightest class. */
export const NONE_FILL = '#f7f6f2';
/** Where the hatch pattern cannot be drawn (no canvas): a grey outside the palette. */
export const SUPPRESSED_FALLBACK = '#c9c6bd';
export const SELECTED_OUTLINE = '#1d4ed8';

interface StateStyleOptions {
  isSouth: boolean;
  highlightSouth: boolean;
  /** The hatch (a CanvasPattern, which Leaflet's canvas takes as a fill) or a fallback colour. */
  suppressedFill: string;
}

/**
 * How a state is drawn: its class's colour; a suppressed value hatched, never a colour of the
 * scale; the South with a thicker, darker outline; with "highlight the South" on, the others faded.
 */
export function stateStyle(
  cls: StateClass,
  colors: readonly string[],
  { isSouth, highlightSouth, suppressedFill }: StateStyleOptions,
): PathOptions {
  const fillColor =
    cls.kind === 'class'
      ? (colors[cls.index] ?? NONE_FILL)
      : cls.kind === 'suppressed'
        ? suppressedFill
        : NONE_FILL;
  const faded = highlightSouth && !isSouth;
  return {
    fillColor,
    fillOpacity: faded ? 0.2 : 0.92,
    color: isSouth ? '#1d2125' : '#6b7280',
    weight: isSouth ? 2.5 : 0.75,
    opacity: faded ? 0.35 : 1,
  };
}
