import type { Knex } from 'knex';
import {
  supportShare,
  type Campaign,
  type CampaignListQuery,
  type CampaignStage,
} from '@shopfloor/shared';

/** Which campaigns an actor sees in full; others are visible only once public. */
export type CampaignScope =
  { kind: 'all' } | { kind: 'chapters'; chapterIds: number[] } | { kind: 'public_only' };

export interface CampaignValues {
  kind?: string;
  program?: string | null;
  partnerUnion?: string | null;
  unitSize?: number | null;
  assessments?: Record<1 | 2 | 3 | 4 | 5, number>;
  stage?: CampaignStage;
  startedOn?: string;
  publicSince?: string | null;
}

function toRow(v: CampaignValues): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  if (v.kind !== undefined) row.kind = v.kind;
  if (v.program !== undefined) row.program = v.program;
  if (v.partnerUnion !== undefined) row.partner_union = v.partnerUnion;
  if (v.unitSize !== undefined) row.unit_size = v.unitSize;
  if (v.stage !== undefined) row.stage = v.stage;
  if (v.startedOn !== undefined) row.started_on = v.startedOn;
  if (v.publicSince !== undefined) row.public_since = v.publicSince;
  if (v.assessments)
    for (const k of [1, 2, 3, 4, 5] as const) row[`assess_${k}`] = v.assessments[k];
  return row;
}

/** A campaign row; `full` says whether the caller may see its employer and site. */
export function toCampaign(r: Record<string, unknown>, full: boolean): Campaign {
  const assessments = {
    1: Number(r.assess_1),
    2: Number(r.assess_2),
    3: Number(r.assess_3),
    4: Number(r.assess_4),
    5: Number(r.assess_5),
  };
  const unitSize = r.unit_size == null ? null : Number(r.unit_size);
  return {
    id: r.id as number,
    workplaceId: r.workplace_id as number,
    chapterId: r.chapter_id as number,
    kind: r.kind as Campaign['kind'],
    program: (r.program as string | null) ?? null,
    partnerUnion: (r.partner_union as string | null) ?? null,
    unitSize,
    assessments,
    supportShare: supportShare(assessments, unitSize),
    stage: r.stage as CampaignStage,
    approval: r.approval as Campaign['approval'],
    outcome: (r.outcome as Campaign['outcome']) ?? null,
    industry: (r.industry as string | null) ?? null,
    state: (r.state as string | null) ?? null,
    startedOn: r.started_on as string,
    isPublic: r.public_since != null,
    ...(full
      ? { employer: r.employer as string, siteName: (r.site_name as string | null) ?? null }
      : {}),
    version: r.version as number,
  };
}

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
    if (scope.kind === 'public_only') qb.whereNotNull('c.public_since');
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
