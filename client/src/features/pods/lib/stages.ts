import { campaignStages, endStages, pipelineStages, type CampaignStage } from '@shopfloor/shared';

/** A workplace's stage in the pod's charts: its newest campaign's, or none yet. */
export type StageKey = CampaignStage | 'none';
export const stageKeys: readonly StageKey[] = ['none', ...campaignStages];

const isEnding = (stage: CampaignStage) => (endStages as readonly string[]).includes(stage);
const order = (stage: CampaignStage) => (pipelineStages as readonly string[]).indexOf(stage);

/**
 * Moving to an earlier stage, or out of an ending, needs a note saying why (the server's rule,
 * mirrored so the note is asked for before saving rather than after a refusal).
 */
export function isBackwards(from: CampaignStage, to: CampaignStage): boolean {
  if (isEnding(to)) return false;
  if (isEnding(from)) return true;
  return order(to) < order(from);
}
