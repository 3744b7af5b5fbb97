import { campaignStages, type CampaignStage } from '@shopfloor/shared';

/** A workplace's stage: its campaign's, or none yet. */
export type StageKey = CampaignStage | 'none';
export const stageKeys: readonly StageKey[] = ['none', ...campaignStages];

export const isStageKey = (value: string): value is StageKey =>
  (stageKeys as readonly string[]).includes(value);

/**
 * Every stage's colour, wherever a stage is shown (the workspace, pods, the maps): pipeline stages
 * in blues to purple, deepening as a campaign advances; endings set apart.
 */
export const stageColors: Record<StageKey, string> = {
  none: '#ffffff',
  mapping: '#c6dbef',
  committee: '#6baed6',
  majority: '#2171b5',
  public: '#54278f',
  election: '#b2182b',
  bargaining: '#e08214',
  won: '#157f3b',
  lost: '#4d4d4d',
  paused: '#bdbdbd',
};

/**
 * The mark on each stage's colour, so colour is not the only signal: the pipeline's order as
 * numbers, the endings as symbols (the same in both languages).
 */
export const stageMarks: Record<StageKey, string> = {
  none: '–',
  mapping: '1',
  committee: '2',
  majority: '3',
  public: '4',
  election: '5',
  bargaining: '6',
  won: '✓',
  lost: '✗',
  paused: '‖',
};

const darkStages: readonly StageKey[] = ['majority', 'public', 'election', 'won', 'lost'];

/** Text on a stage's colour: white on the dark ones, near-black on the light ones. */
export const stageInk = (stage: StageKey) => (darkStages.includes(stage) ? '#ffffff' : '#1d2125');
