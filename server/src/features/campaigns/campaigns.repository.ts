import type { Knex } from 'knex';
import type { CampaignListQuery, CampaignStage } from '@shopfloor/shared';
import { podWorkplaceIds } from '../pods/pod-workplaces';
import { toRow, type CampaignValues } from './campaign-rows';

/**
 * Which campaigns an actor may list: its chapters' or its pods' workplaces' in full, the others
 * once public; national staff also those put to the DSLC for approval (without employer or site).
 */
export type CampaignScope =
  | { kind: 'all' }
  | { kind: 'chapters'; chapterIds: number[] }
  | { kind: 'pods'; podIds: readonly number[] }
  | { kind: 'national' }
  | { kind: 'public_only' };

export { toCampaign, type CampaignValues } from './campaign-rows';

export class CampaignsRepository {
  constructor(private readonly db: Knex) {}

  private base(trx: Knex | Knex.Transaction = this.db) {
    return trx('campaigns as c')
      .join('workplaces as w', 'w.id', 'c.workplace_id')
      .select('c.*', 'w.employer', 'w.site_name', 'w.industry', 'w.state');
  }

  /** Campaigns the scope may list: its own in full, others only once public. */
  async list(scope: CampaignScope, q: CampaignListQuery) {
    const offset = Number(q.cursor ?? 0);
    const qb = this.base()
      .orderBy('c.id')
      .limit(q.limit + 1)
      .offset(offset);
    if (scope.kind === 'chapters')
      qb.where((w) => w.whereIn('c.chapter_id', scope.chapterIds).orWhereNotNull('c.public_since'));
    if (scope.kind === 'pods')
      qb.where((w) =>
        w
          .whereIn('c.workplace_id', podWorkplaceIds(this.db, scope.podIds))
          .orWhereNotNull('c.public_since'),
      );
    if (scope.kind === 'national')
      qb.where((w) => w.whereNot('c.approval', 'none').orWhereNotNull('c.public_since'));
    if (scope.kind === 'public_only') qb.whereNotNull('c.public_since');
    if (q.approval) qb.where('c.approval', q.approval);
    if (q.chapterId) qb.where('c.chapter_id', q.chapterId);
    if (q.workplaceId) qb.where('c.workplace_id', q.workplaceId);
    if (q.stage) qb.where('c.stage', q.stage);
    if (q.industry) qb.where('w.industry', q.industry);
    if (q.state) qb.where('w.state', q.state);
    const rows: Record<string, unknown>[] = await qb;
    return {
      rows: rows.slice(0, q.limit),
      nextCursor: rows.length > q.limit ? String(offset + q.limit) : null,
    };
  }

  async get(id: number, trx?: Knex | Knex.Transaction): Promise<Record<string, unknown> | null> {
    return (await this.base(trx).where('c.id', id).first()) ?? null;
  }

  async insert(
    trx: Knex.Transaction,
    chapterId: number,
    workplaceId: number,
    v: CampaignValues,
  ): Promise<number> {
    const now = new Date().toISOString();
    const [row] = await trx('campaigns')
      .insert({
        ...toRow(v),
        chapter_id: chapterId,
        workplace_id: workplaceId,
        version: 0,
        created_at: now,
        updated_at: now,
      })
      .returning('id');
    return typeof row === 'object' ? row.id : row;
  }

  async update(
    trx: Knex.Transaction,
    id: number,
    v: CampaignValues,
    version: number,
  ): Promise<boolean> {
    const n = await trx('campaigns')
      .where({ id, version })
      .update({
        ...toRow(v),
        updated_at: new Date().toISOString(),
        version: trx.raw('version + 1'),
      });
    return n === 1;
  }

  async recordStage(
    trx: Knex.Transaction,
    e: {
      campaignId: number;
      from: CampaignStage | null;
      to: CampaignStage;
      by: number | null;
      note?: string | null;
    },
  ) {
    await trx('campaign_stage_history').insert({
      campaign_id: e.campaignId,
      from_stage: e.from,
      to_stage: e.to,
      changed_at: new Date().toISOString(),
      changed_by: e.by,
      note: e.note ?? null,
    });
  }

  async history(campaignId: number) {
    const rows: Record<string, unknown>[] = await this.db('campaign_stage_history')
      .where('campaign_id', campaignId)
      .orderBy('id');
    return rows.map((r) => ({
      fromStage: (r.from_stage as CampaignStage | null) ?? null,
      toStage: r.to_stage as CampaignStage,
      changedAt: r.changed_at as string,
      changedBy: (r.changed_by as number | null) ?? null,
      note: (r.note as string | null) ?? null,
    }));
  }

  /** The newest campaign of each workplace in a chapter: the stage shown beside a workplace. */
  async currentByWorkplace(
    chapterId: number,
  ): Promise<Map<number, { id: number; stage: CampaignStage; version: number }>> {
    const rows: { id: number; workplace_id: number; stage: CampaignStage; version: number }[] =
      await this.db('campaigns')
        .where('chapter_id', chapterId)
        .orderBy('id')
        .select('id', 'workplace_id', 'stage', 'version');
    return new Map(
      rows.map((r) => [r.workplace_id, { id: r.id, stage: r.stage, version: r.version }]),
    );
  }
}
