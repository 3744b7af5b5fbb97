import type { SeriesStyle } from '../../../components/charts/series';

type Look = Omit<SeriesStyle, 'key' | 'label'>;

/** Yes, no and abstain: green, red and grey, each with its own pattern as well as its colour. */
export const choiceLooks = {
  yes: { color: '#2f7d4f', pattern: 'solid', ink: 'light' },
  no: { color: '#9f1d1a', pattern: 'diagonal', ink: 'light' },
  abstain: { color: '#6b7280', pattern: 'dots', ink: 'light' },
} as const satisfies Record<string, Look>;

/** One measure for every bar (first preferences, turnout): named on the axis, so one colour. */
export const VOTE_BAR: Look = { color: '#9f1d1a', pattern: 'solid', ink: 'light' };
