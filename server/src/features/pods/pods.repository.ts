import type { Knex } from 'knex';
import type { PodCoordinator, PodListQuery, PodScope } from '@shopfloor/shared';

export interface PodRow {
  id: number;
  name: string;
  description: string | null;
  industry: string;
  scope: PodScope;
  chapterId: number | null;
  region: string | null;
  workplaceId: number | null;
  memberCount: number;
  coordinatorCount: number;
  version: number;
}

/** Which pods a list may return. */
export type PodListScope =
  | { kind: 'all' }
  | { kind: 'chapter'; chapterId: number }
  | { kind: 'pods'; podIds: readonly number[] }
  | { kind: 'member'; memberId: number };

export interface PodValues {
  name?: string;
  description?: string | null;
  industry?: string;
  scope?: PodScope;
  chapterId?: number | null;
  region?: string | null;
  workplaceId?: number | null;
}

const columns: Record<keyof PodValues, string> = {
  name: 'name',
  description: 'description',
  industry: 'industry',
  scope: 'scope',
  chapterId: 'chapter_id',
  region: 'region',
  workplaceId: 'workplace_id',
};

function toRow(v: PodValues): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const [k, c] of Object.entries(columns)) {
    const value = v[k as keyof PodValues];
    if (value !== undefined) row[c] = value;
  }
  return row;
}

const toPod = (r: Record<string, unknown>): PodRow => ({
  id: r.id as number,
  name: r.name as string,
  description: (r.description as string | null) ?? null,
  industry: r.industry as string,
  scope: r.scope as PodScope,
  chapterId: (r.chapter_id as number | null) ?? null,
  region: (r.region as string | null) ?? null,
  workplaceId: (r.workplace_id as number | null) ?? null,
  memberCount: Number(r.member_count ?? 0),
  coordinatorCount: Number(r.coordinator_count ?? 0),
  version: r.version as number,
});

/** Pods, their coordinators and their membership rows (member details live in the members repository). */
export class PodsRepository {
  constructor(private readonly db: Knex) {}

  private base(trx: Knex | Knex.Transaction = this.db) {
    return trx('pods').select(
      'pods.*',
      trx.raw('(select count(*) from pod_members pm where pm.pod_id = pods.id) as member_count'),
      trx.raw(
        '(select count(*) from pod_coordinators pc where pc.pod_id = pods.id) as coordinator_count',
      ),
    );
  }

  async list(scope: PodListScope, q: PodListQuery) {
    const offset = Number(q.cursor ?? 0);
    const qb = this.base()
      .orderBy('pods.id')
      .limit(q.limit + 1)
      .offset(offset);
    if (scope.kind === 'chapter')
      qb.where((w) => w.where('pods.chapter_id', scope.chapterId).orWhereNull('pods.chapter_id'));
    if (scope.kind === 'pods') qb.whereIn('pods.id', scope.podIds);
    if (scope.kind === 'member')
      qb.whereIn(
        'pods.id',
        this.db('pod_members').where('member_id', scope.memberId).select('pod_id'),
      );
    if (q.chapterId) qb.where('pods.chapter_id', q.chapterId);
    if (q.industry) qb.where('pods.industry', q.industry);
    if (q.scope) qb.where('pods.scope', q.scope);
    const rows: Record<string, unknown>[] = await qb;
    return {
      rows: rows.slice(0, q.limit).map(toPod),
      nextCursor: rows.length > q.limit ? String(offset + q.limit) : null,
    };
  }

  async get(id: number, trx?: Knex | Knex.Transaction): Promise<PodRow | null> {
    const row = await this.base(trx).where('pods.id', id).first();
    return row ? toPod(row) : null;
  }

  async insert(trx: Knex.Transaction, v: PodValues): Promise<number> {
    const now = new Date().toISOString();
    const [row] = await trx('pods')
      .insert({ ...toRow(v), version: 0, created_at: now, updated_at: now })
      .returning('id');
    return typeof row === 'object' ? row.id : row;
  }

  async update(trx: Knex.Transaction, id: number, v: PodValues, version: number) {
    const n = await trx('pods')
      .where({ id, version })
      .update({
        ...toRow(v),
        updated_at: new Date().toISOString(),
        version: trx.raw('version + 1'),
      });
    return n === 1;
  }

  /** Bumps the version of a pod whose membership or coordinators changed. */
  async touch(trx: Knex.Transaction, id: number): Promise<void> {
    await trx('pods')
      .where({ id })
      .update({ updated_at: new Date().toISOString(), version: trx.raw('version + 1') });
  }

  async coordinators(podId: number, trx: Knex | Knex.Transaction = this.db) {
    const rows: { user_id: number; email: string }[] = await trx('pod_coordinators as pc')
      .join('users as u', 'u.id', 'pc.user_id')
      .where('pc.pod_id', podId)
      .orderBy('u.email')
      .select('pc.user_id', 'u.email');
    return rows.map((r): PodCoordinator => ({ userId: r.user_id, email: r.email }));
  }

  async addCoordinator(trx: Knex.Transaction, podId: number, userId: number): Promise<boolean> {
    const found = await trx('pod_coordinators').where({ pod_id: podId, user_id: userId }).first();
    if (found) return false;
    await trx('pod_coordinators').insert({
      pod_id: podId,
      user_id: userId,
      created_at: new Date().toISOString(),
    });
    return true;
  }

  async removeCoordinator(trx: Knex.Transaction, podId: number, userId: number) {
    return (await trx('pod_coordinators').where({ pod_id: podId, user_id: userId }).del()) > 0;
  }

  async isMember(podId: number, memberId: number, trx: Knex | Knex.Transaction = this.db) {
    return Boolean(await trx('pod_members').where({ pod_id: podId, member_id: memberId }).first());
  }

  /** Which of the given members are in the pod. */
  async membersAmong(trx: Knex | Knex.Transaction, podId: number, memberIds: readonly number[]) {
    const rows: { member_id: number }[] = await trx('pod_members')
      .where('pod_id', podId)
      .whereIn('member_id', memberIds)
      .select('member_id');
    return new Set(rows.map((r) => r.member_id));
  }

  async addMember(trx: Knex.Transaction, podId: number, memberId: number): Promise<void> {
    const now = new Date().toISOString();
    await trx('pod_members').insert({
      pod_id: podId,
      member_id: memberId,
      added_on: now.slice(0, 10),
      created_at: now,
    });
  }

  async removeMember(trx: Knex.Transaction, podId: number, memberId: number) {
    return (await trx('pod_members').where({ pod_id: podId, member_id: memberId }).del()) > 0;
  }
}
