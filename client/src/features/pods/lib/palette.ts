import type { OrganizingStatus } from '@shopfloor/shared';
import type { PatternKind } from '../../../components/charts/series';
import type { StageKey } from './stages';

interface Look {
  color: string;
  pattern: PatternKind;
  ink: 'light' | 'dark';
}

/**
 * Organizing statuses in colour-blind-safe hues (Okabe–Ito), each with its own pattern: the
 * furthest along solid and darkest, "not started" pale and dotted.
 */
export const statusLooks: Record<OrganizingStatus, Look> = {
  not_started: { color: '#d9d6ce', pattern: 'dots', ink: 'dark' },
  trained: { color: '#56b4e9', pattern: 'diagonal', ink: 'dark' },
  mapping: { color: '#e69f00', pattern: 'horizontal', ink: 'dark' },
  committee: { color: '#009e73', pattern: 'cross', ink: 'light' },
  campaign: { color: '#cc79a7', pattern: 'back-diagonal', ink: 'dark' },
  unionized: { color: '#0b5394', pattern: 'solid', ink: 'light' },
};

/** Campaign stages, in the hues the chapter map uses for them, each with a pattern too. */
export const stageLooks: Record<StageKey, Look> = {
  none: { color: '#eceae4', pattern: 'dots', ink: 'dark' },
  mapping: { color: '#c6dbef', pattern: 'solid', ink: 'dark' },
  committee: { color: '#6baed6', pattern: 'diagonal', ink: 'dark' },
  majority: { color: '#2171b5', pattern: 'solid', ink: 'light' },
  public: { color: '#54278f', pattern: 'horizontal', ink: 'light' },
  election: { color: '#b2182b', pattern: 'cross', ink: 'light' },
  bargaining: { color: '#e08214', pattern: 'vertical', ink: 'dark' },
  won: { color: '#157f3b', pattern: 'solid', ink: 'light' },
  lost: { color: '#4d4d4d', pattern: 'back-diagonal', ink: 'light' },
  paused: { color: '#bdbdbd', pattern: 'dots', ink: 'dark' },
};

export const activityLooks = {
  recruits: { color: '#9f1d1a', pattern: 'solid', ink: 'light' },
  attendances: { color: '#56b4e9', pattern: 'diagonal', ink: 'dark' },
} as const satisfies Record<string, Look>;

/** Workers assessed 1 (a sure supporter) to 5 (opposed), green to red, each with a pattern. */
export const assessmentLooks: Record<'1' | '2' | '3' | '4' | '5' | 'support', Look> = {
  '1': { color: '#157f3b', pattern: 'solid', ink: 'light' },
  '2': { color: '#74c476', pattern: 'diagonal', ink: 'dark' },
  '3': { color: '#d9d6ce', pattern: 'dots', ink: 'dark' },
  '4': { color: '#fc9272', pattern: 'back-diagonal', ink: 'dark' },
  '5': { color: '#b2182b', pattern: 'cross', ink: 'light' },
  support: { color: '#0b5394', pattern: 'solid', ink: 'light' },
};

export const PIPELINE_BAR: Look = { color: '#9f1d1a', pattern: 'solid', ink: 'light' };
