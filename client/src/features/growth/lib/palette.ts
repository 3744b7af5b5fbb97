import type { PatternKind } from '../../../components/charts/series';

export interface Look {
  color: string;
  pattern: PatternKind;
  ink: 'light' | 'dark';
}

/**
 * Okabe–Ito hues (told apart by most kinds of colour vision), each paired with a pattern, so no
 * two series of a chart differ by colour alone. Dark hues carry light marks, light ones dark.
 */
const hues: readonly Omit<Look, 'pattern'>[] = [
  { color: '#0072b2', ink: 'light' },
  { color: '#e69f00', ink: 'dark' },
  { color: '#009e73', ink: 'light' },
  { color: '#cc79a7', ink: 'dark' },
  { color: '#56b4e9', ink: 'dark' },
  { color: '#d55e00', ink: 'light' },
  { color: '#f0e442', ink: 'dark' },
  { color: '#5d6670', ink: 'light' },
];
const patterns: readonly PatternKind[] = [
  'solid',
  'diagonal',
  'dots',
  'cross',
  'back-diagonal',
  'horizontal',
  'vertical',
];

/** The look of the n-th series: hue and pattern both change, and repeat together only after 56. */
export function lookAt(n: number): Look {
  return { ...hues[n % hues.length]!, pattern: patterns[n % patterns.length]! };
}

/** Members in good standing, and the mapped among them. */
export const membersLook: Look = { color: '#0072b2', pattern: 'solid', ink: 'light' };
export const joinsLook: Look = { color: '#009e73', pattern: 'solid', ink: 'light' };
export const lapsesLook: Look = { color: '#d55e00', pattern: 'diagonal', ink: 'light' };
export const retentionLook: Look = { color: '#0072b2', pattern: 'solid', ink: 'light' };
export const mappedLook: Look = { color: '#56b4e9', pattern: 'diagonal', ink: 'dark' };
