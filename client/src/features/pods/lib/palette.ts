import type { OrganizingStatus } from '@shopfloor/shared';
import type { PatternKind } from '../../../components/charts/series';
import {
  stageColors,
  stageInk,
  stageKeys,
  type StageKey,
} from '../../../components/ui/stage-looks';

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

const stagePatterns: Record<StageKey, PatternKind> = {
  none: 'dots',
  mapping: 'solid',
  committee: 'diagonal',
  majority: 'solid',
  public: 'horizontal',
  election: 'cross',
  bargaining: 'vertical',
  won: 'solid',
  lost: 'back-diagonal',
  paused: 'dots',
};

/**
 * Campaign stages in their colours (the ones every page gives them), each with a pattern too.
 * "No campaign yet", white elsewhere, is a pale grey here: a white bar on the chart's white would
 * not be seen.
 */
export const stageLooks = Object.fromEntries(
  stageKeys.map((k) => [
    k,
    {
      color: k === 'none' ? '#eceae4' : stageColors[k],
      pattern: stagePatterns[k],
      ink: stageInk(k) === '#ffffff' ? 'light' : 'dark',
    },
  ]),
) as Record<StageKey, Look>;

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
