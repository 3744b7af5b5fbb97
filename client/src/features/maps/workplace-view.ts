import { naicsSectors, type CampaignStage, type WorkplaceSummary } from '@shopfloor/shared';
import type { WorkplacePoint } from '../../components/map/api';
import type { StageKey } from '../../components/ui/stage-looks';

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

export function industryName(code: string | null, language: string): string | null {
  const sector = naicsSectors.find((s) => s.code === code);
  if (!sector) return code;
  return language === 'es' ? sector.nameEs : sector.name;
}
