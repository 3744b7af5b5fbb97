import type { Knex } from 'knex';
import type { CampaignStage } from '@shopfloor/shared';

export interface PipelineCampaign {
  id: number;
  stage: CampaignStage;
  approval: string;
  industry: string | null;
  state: string | null;
}

export interface StageEntry {
  campaignId: number;
  toStage: CampaignStage;
  changedAt: string;
}

/** Every campaign and every stage change: a few thousand rows, folded into the pipeline in memory. */
export class PipelineRepository {
  constructor(private readonly db: Knex) {}

  async campaigns(): Promise<PipelineCampaign[]> {
    const rows: Record<string, unknown>[] = await this.db('campaigns as c')
      .join('workplaces as w', 'w.id', 'c.workplace_id')
      .select('c.id', 'c.stage', 'c.approval', 'w.industry', 'w.state');
    return rows.map((r) => ({
      id: r.id as number,
      stage: r.stage as CampaignStage,
      approval: r.approval as string,
      industry: (r.industry as string | null) ?? null,
      state: (r.state as string | null) ?? null,
    }));
  }

  /** Stage changes in order within each campaign. */
  async history(): Promise<StageEntry[]> {
    const rows: { campaign_id: number; to_stage: CampaignStage; changed_at: string }[] =
      await this.db('campaign_stage_history')
        .orderBy([{ column: 'campaign_id' }, { column: 'changed_at' }, { column: 'id' }])
        .select('campaign_id', 'to_stage', 'changed_at');
    return rows.map((r) => ({
      campaignId: r.campaign_id,
      toStage: r.to_stage,
      changedAt: r.changed_at,
    }));
  }
}
