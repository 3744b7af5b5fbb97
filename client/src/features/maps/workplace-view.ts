import {
  endStages,
  naicsSectors,
  pipelineStages,
  type CampaignStage,
  type WorkplaceSummary,
} from '@shopfloor/shared';
import type { WorkplacePoint } from '../../components/map/api';

export type StageKey = CampaignStage | 'none';

/** One look at a workplace, whether it came from the map's points or from the chapter's list. */
export interface WorkplaceView {
  id: number;
  employer: string;
  siteName: string | null;
  industry: string | null;
  members: number;
  stage: CampaignStage | null;
  campaignId: number | null;
  campaignVersion: number | null;
}

export function fromPoint(p: WorkplacePoint): WorkplaceView {
  const { id, employer, siteName, industry, members, stage, campaignId, campaignVersion } = p;
  return { id, employer, siteName, industry, members, stage, campaignId, campaignVersion };
}

export function fromSummary(w: WorkplaceSummary): WorkplaceView {
  return {
    id: w.id,
    employer: w.employer,
    siteName: w.siteName,
    industry: w.industry,
    members: w.members,
    stage: w.campaign?.stage ?? null,
    campaignId: w.campaign?.id ?? null,
    campaignVersion: w.campaign?.version ?? null,
  };
}

export interface WorkplaceFilters {
  industry: string | null;
  stage: StageKey | null;
  /** A labor pod: its workplaces are found by the server (where its members work now). */
  pod: number | null;
}

export function matchesFilters(
  w: Pick<WorkplaceView, 'industry' | 'stage'>,
  { industry, stage }: Pick<WorkplaceFilters, 'industry' | 'stage'>,
): boolean {
  if (industry !== null && w.industry !== industry) return false;
  if (stage !== null && (w.stage ?? 'none') !== stage) return false;
  return true;
}

/** Pipeline stages in blues to purple, deepening as a campaign advances; endings set apart. */
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
 * The mark beside each stage's colour in the legend and the badges, so colour is not the only
 * signal: the pipeline's order as numbers, the endings as symbols (the same in both languages).
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

export const stageKeys: readonly StageKey[] = ['none', ...pipelineStages, ...endStages];

/**
 * Moving to an earlier stage, or out of an ending, needs a note. The server decides (and says so
 * with a 400 on `note`); this only asks for the note before the round trip.
 */
export function isBackwards(from: CampaignStage, to: CampaignStage): boolean {
  const ends = endStages as readonly string[];
  if (ends.includes(to)) return false;
  if (ends.includes(from)) return true;
  const order = pipelineStages as readonly string[];
  return order.indexOf(to) < order.indexOf(from);
}

export function industryName(code: string | null, language: string): string | null {
  const sector = naicsSectors.find((s) => s.code === code);
  if (!sector) return code;
  return language === 'es' ? sector.nameEs : sector.name;
}
