import type { Knex } from 'knex';
import { podWorkplaceIds } from '../pods/pod-workplaces';
import type {
  CampaignStage,
  Page,
  UnionStatus,
  Workplace,
  WorkplaceListQuery,
  WorkplaceSummary,
} from '@shopfloor/shared';

export interface WorkplaceValues {
  employer?: string;
  employerKey?: string;
  siteName?: string | null;
  address?: string | null;
  city?: string | null;
  state?: string | null;
  zip?: string;
  lat?: number | null;
  lng?: number | null;
  industry?: string | null;
  size?: string | null;
  unionStatus?: UnionStatus;
  unionName?: string | null;
  confirmed?: boolean;
}

const columns: Record<keyof WorkplaceValues, string> = {
  employer: 'employer',
  employerKey: 'employer_key',
  siteName: 'site_name',
  address: 'address',
  city: 'city',
  state: 'state',
  zip: 'zip',
  lat: 'lat',
  lng: 'lng',
  industry: 'industry',
  size: 'size',
  unionStatus: 'union_status',
  unionName: 'union_name',
  confirmed: 'confirmed',
};

function toRow(v: WorkplaceValues): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const [k, c] of Object.entries(columns)) {
    const value = v[k as keyof WorkplaceValues];
    if (value !== undefined) row[c] = value;
  }
  return row;
}

export function toWorkplace(r: Record<string, unknown>): Workplace {
  return {
    id: r.id as number,
    chapterId: r.chapter_id as number,
    employer: r.employer as string,
    siteName: (r.site_name as string | null) ?? null,
    address: (r.address as string | null) ?? null,
    city: (r.city as string | null) ?? null,
    state: (r.state as string | null) ?? null,
    zip: r.zip as string,
    lat: r.lat == null ? null : Number(r.lat),
    lng: r.lng == null ? null : Number(r.lng),
    industry: (r.industry as string | null) ?? null,
    size: (r.size as string | null) ?? null,
    unionStatus: r.union_status as UnionStatus,
    unionName: (r.union_name as string | null) ?? null,
    confirmed: Boolean(r.confirmed),
    version: r.version as number,
  };
}

const memberCount = `(select count(*) from employments e where e.workplace_id = workplaces.id and e.ended_on is null)`;
const newestCampaign = `(select max(c.id) from campaigns c where c.workplace_id = workplaces.id)`;

function summaryColumns(db: Knex | Knex.Transaction) {
  return [
    'workplaces.*',
    db.raw(`${memberCount} as members`),
    'cur.id as campaign_id',
    'cur.stage as campaign_stage',
    'cur.version as campaign_version',
  ];
}

function toSummary(r: Record<string, unknown>): WorkplaceSummary {
  return {
    ...toWorkplace(r),
    members: Number(r.members),
    campaign:
      r.campaign_id == null
        ? null
        : {
            id: r.campaign_id as number,
            stage: r.campaign_stage as CampaignStage,
            version: r.campaign_version as number,
          },
  };
}

const sorts: Record<WorkplaceListQuery['sort'], [string, 'asc' | 'desc']> = {
  employer: ['employer_key', 'asc'],
  '-employer': ['employer_key', 'desc'],
  members: ['members', 'asc'],
  '-members': ['members', 'desc'],
  updated: ['workplaces.updated_at', 'asc'],
  '-updated': ['workplaces.updated_at', 'desc'],
};

/** Workplaces belong to a chapter; callers pass a chapter the policy module has already allowed. */
export class WorkplacesRepository {
  constructor(private readonly db: Knex) {}

  async list(chapterId: number, q: WorkplaceListQuery): Promise<Page<WorkplaceSummary>> {
    const offset = Number(q.cursor ?? 0);
    const [column, dir] = sorts[q.sort];
    const qb = this.db('workplaces')
      .leftJoin('campaigns as cur', 'cur.id', this.db.raw(newestCampaign))
      .where('workplaces.chapter_id', chapterId)
      .select(summaryColumns(this.db))
      .orderBy([{ column, order: dir }, { column: 'workplaces.id' }])
      .limit(q.limit + 1)
      .offset(offset);
    if (q.q) {
      const like = `%${q.q.toLowerCase()}%`;
      qb.where((w) =>
        w
          .whereRaw('lower(employer) like ?', [like])
          .orWhereRaw('lower(site_name) like ?', [like])
          .orWhere('zip', q.q),
      );
    }
    if (q.industry) qb.where('workplaces.industry', q.industry);
    if (q.stage === 'none') qb.whereNull('cur.id');
    else if (q.stage) qb.where('cur.stage', q.stage);
    if (q.unionStatus) qb.where('workplaces.union_status', q.unionStatus);
    if (q.confirmed) qb.where('workplaces.confirmed', q.confirmed === 'yes');
    if (q.pod) qb.whereIn('workplaces.id', podWorkplaceIds(this.db, [q.pod]));
    const rows: Record<string, unknown>[] = await qb;
    return {
      items: rows.slice(0, q.limit).map(toSummary),
      nextCursor: rows.length > q.limit ? String(offset + q.limit) : null,
    };
  }

  async allForChapter(
    chapterId: number,
    trx: Knex | Knex.Transaction = this.db,
  ): Promise<WorkplaceSummary[]> {
    const rows: Record<string, unknown>[] = await trx('workplaces')
      .leftJoin('campaigns as cur', 'cur.id', trx.raw(newestCampaign))
      .where('workplaces.chapter_id', chapterId)
      .select(summaryColumns(trx))
      .orderBy('employer_key');
    return rows.map(toSummary);
  }

  /** A pod's chapter (null for region and nation pods), or undefined when there is no such pod. */
  async podChapter(podId: number): Promise<number | null | undefined> {
    const row = await this.db('pods').where('id', podId).first('chapter_id');
    return row ? ((row.chapter_id as number | null) ?? null) : undefined;
  }

  async get(id: number, trx: Knex | Knex.Transaction = this.db): Promise<Workplace | null> {
    const row = await trx('workplaces').where('id', id).first();
    return row ? toWorkplace(row) : null;
  }

  async findByKey(
    chapterId: number,
    employerKey: string,
    zip: string,
    trx: Knex | Knex.Transaction = this.db,
  ): Promise<Workplace | null> {
    const row = await trx('workplaces')
      .where({ chapter_id: chapterId, employer_key: employerKey, zip })
      .first();
    return row ? toWorkplace(row) : null;
  }

  async insert(trx: Knex.Transaction, chapterId: number, v: WorkplaceValues): Promise<number> {
    const now = new Date().toISOString();
    const [row] = await trx('workplaces')
      .insert({ ...toRow(v), chapter_id: chapterId, version: 0, created_at: now, updated_at: now })
      .returning('id');
    return typeof row === 'object' ? row.id : row;
  }

  async update(
    trx: Knex.Transaction,
    id: number,
    v: WorkplaceValues,
    version: number,
  ): Promise<boolean> {
    const n = await trx('workplaces')
      .where({ id, version })
      .update({
        ...toRow(v),
        updated_at: new Date().toISOString(),
        version: trx.raw('version + 1'),
      });
    return n === 1;
  }

  /** Moves every employment of one workplace to another, then removes the first. */
  async mergeInto(trx: Knex.Transaction, fromId: number, intoId: number): Promise<number> {
    const moved = await trx('employments')
      .where('workplace_id', fromId)
      .update({ workplace_id: intoId });
    // Campaigns and workplace pods follow the workplace; deleting it would cascade them away.
    await trx('campaigns').where('workplace_id', fromId).update({ workplace_id: intoId });
    await trx('pods').where('workplace_id', fromId).update({ workplace_id: intoId });
    await trx('workplaces').where('id', fromId).delete();
    await trx('workplaces')
      .where('id', intoId)
      .update({ updated_at: new Date().toISOString(), version: trx.raw('version + 1') });
    return moved;
  }
}
