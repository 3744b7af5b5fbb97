/** Shared looks of the charts' axes and grid, in the app's palette. */
export const AXIS_COLOR = '#4b535c';
export const GRID_COLOR = '#d6d3ca';
export const INK = '#1d2125';
export const TICK = { fontSize: 12, fill: AXIS_COLOR };

/** Whole numbers only on a count axis. */
export const countTick = (format: (n: number) => string) => (value: number) =>
  Number.isInteger(value) ? format(value) : '';
