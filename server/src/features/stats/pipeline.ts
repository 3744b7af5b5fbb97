import { campaignStages, pipelineStages, stateByCode, type CampaignStage } from '@shopfloor/shared';
import type { PipelineCampaign, StageEntry } from './pipeline.repository';

const DAY_MS = 86400_000;

export interface PipelineFigures {
  total: number;
  byStage: Record<string, number>;
  byIndustry: Record<string, number>;
  byRegion: Record<string, number>;
  byApproval: Record<string, number>;
  conversion: { from: CampaignStage; to: CampaignStage; reached: number; advanced: number }[];
  /** Lengths in days of the finished stays in each stage. */
  stays: Record<string, number[]>;
  won: number;
  lost: number;
}

function tally(keys: readonly string[], values: Iterable<string>): Record<string, number> {
  const out: Record<string, number> = Object.fromEntries(keys.map((k) => [k, 0]));
  for (const v of values) out[v] = (out[v] ?? 0) + 1;
  return out;
}

export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const m = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return Math.round(m * 10) / 10;
}

/**
 * The pipeline from the campaigns and their stage history. Conversion from stage N to N+1: of the
 * campaigns that ever entered N, those that entered N+1 after that (skipping N+1 is not reaching
 * it). A stay in a stage runs from entering it to the next change; stays still open are not counted.
 */
export function pipelineFigures(
  campaigns: readonly PipelineCampaign[],
  history: readonly StageEntry[],
): PipelineFigures {
  const byCampaign = new Map<number, StageEntry[]>();
  for (const h of history) {
    const list = byCampaign.get(h.campaignId) ?? [];
    list.push(h);
    byCampaign.set(h.campaignId, list);
  }
  const steps = pipelineStages.slice(0, -1).map((from, i) => ({
    from: from as CampaignStage,
    to: pipelineStages[i + 1] as CampaignStage,
    reached: 0,
    advanced: 0,
  }));
  const stays: Record<string, number[]> = Object.fromEntries(campaignStages.map((s) => [s, []]));
  for (const rows of byCampaign.values()) {
    for (const step of steps) {
      const entered = rows.findIndex((r) => r.toStage === step.from);
      if (entered < 0) continue;
      step.reached++;
      if (rows.some((r, j) => j > entered && r.toStage === step.to)) step.advanced++;
    }
    for (let i = 0; i + 1 < rows.length; i++) {
      const days = (Date.parse(rows[i + 1]!.changedAt) - Date.parse(rows[i]!.changedAt)) / DAY_MS;
      stays[rows[i]!.toStage]!.push(days);
    }
  }
  const stage = (s: CampaignStage) => campaigns.filter((c) => c.stage === s).length;
  return {
    total: campaigns.length,
    byStage: tally(
      campaignStages,
      campaigns.map((c) => c.stage),
    ),
    byIndustry: tally(
      [],
      campaigns.map((c) => c.industry ?? 'unknown'),
    ),
    byRegion: tally(
      ['northeast', 'midwest', 'south', 'west'],
      campaigns.map((c) => stateByCode.get(c.state ?? '')?.region ?? 'unknown'),
    ),
    byApproval: tally(
      ['none', 'submitted', 'approved', 'declined'],
      campaigns.map((c) => c.approval),
    ),
    conversion: steps,
    stays,
    won: stage('won'),
    lost: stage('lost'),
  };
}
