import type { Knex } from 'knex';
import type { Member, MemberListQuery, OrganizingStatus, Page } from '@shopfloor/shared';
import { applyMemberScope, type MemberScope } from '../../auth/policy';

/** Rows per insert statement: 6 columns × 500 stays under SQLite's variable limit. */
const HISTORY_BATCH = 500;

/** camelCase field → column. The repository is the only place that knows the members table. */
export const memberColumns = {
  akId: 'ak_id',
  firstName: 'first_name',
  lastName: 'last_name',
  email: 'email',
  phone: 'phone',
  zip: 'zip',
  preferredLanguage: 'preferred_language',
  joinedOn: 'joined_on',
  lapsedOn: 'lapsed_on',
  status: 'status',
  recruitmentSource: 'recruitment_source',
  recruitedBy: 'recruited_by',
  unionMember: 'union_member',
  unionName: 'union_name',
  unionLocal: 'union_local',
  unionStaff: 'union_staff',
  organizingStatus: 'organizing_status',
  leadershipNotes: 'leadership_notes',
} as const;
export type MemberField = keyof typeof memberColumns;
export type MemberValues = Partial<{ [K in MemberField]: Member[K] }>;

export function toMember(r: Record<string, unknown>): Member {
  return {
    id: r.id as number,
    chapterId: r.chapter_id as number,
    akId: (r.ak_id as string | null) ?? null,
    firstName: r.first_name as string,
    lastName: r.last_name as string,
    email: (r.email as string | null) ?? null,
    phone: (r.phone as string | null) ?? null,
    zip: (r.zip as string | null) ?? null,
    preferredLanguage: r.preferred_language as Member['preferredLanguage'],
    joinedOn: (r.joined_on as string | null) ?? null,
    lapsedOn: (r.lapsed_on as string | null) ?? null,
    status: r.status as Member['status'],
    recruitmentSource: (r.recruitment_source as Member['recruitmentSource']) ?? null,
    recruitedBy: (r.recruited_by as string | null) ?? null,
    unionMember: Boolean(r.union_member),
    unionName: (r.union_name as string | null) ?? null,
    unionLocal: (r.union_local as string | null) ?? null,
    unionStaff: Boolean(r.union_staff),
    organizingStatus: r.organizing_status as OrganizingStatus,
    leadershipNotes: (r.leadership_notes as string | null) ?? null,
    version: r.version as number,
  };
}

export function toRow(values: MemberValues): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const [field, column] of Object.entries(memberColumns)) {
    const v = values[field as MemberField];
    if (v !== undefined) row[column] = v;
  }
  return row;
}

const currentJob = `exists (select 1 from employments e where e.member_id = members.id and e.ended_on is null)`;

export class MembersRepository {
  constructor(private readonly db: Knex) {}

  private scoped(scope: MemberScope, trx: Knex | Knex.Transaction = this.db) {
    return applyMemberScope(trx('members'), scope);
  }

  async list(
    scope: MemberScope,
    chapterId: number,
    q: MemberListQuery,
  ): Promise<Page<Member & { mapped: boolean }>> {
    const offset = Number(q.cursor ?? 0);
    const qb = this.scoped(scope)
      .where('members.chapter_id', chapterId)
      .select('members.*')
      .orderBy([{ column: 'last_name' }, { column: 'first_name' }, { column: 'id' }])
      .limit(q.limit + 1)
      .offset(offset);
    if (q.q) {
      const like = `%${q.q.toLowerCase()}%`;
      qb.where((w) =>
        w
          .whereRaw('lower(first_name) like ?', [like])
          .orWhereRaw('lower(last_name) like ?', [like])
          .orWhereRaw("lower(first_name || ' ' || last_name) like ?", [like])
          .orWhereRaw('lower(email) like ?', [like])
          .orWhere('ak_id', q.q),
      );
    }
    if (q.status) qb.where('status', q.status);
    if (q.organizingStatus) qb.where('organizing_status', q.organizingStatus);
    if (q.mapped === 'yes') qb.whereRaw(currentJob);
    if (q.mapped === 'no') qb.whereRaw(`not ${currentJob}`);
    const rows: Record<string, unknown>[] = await qb;
    const page = rows.slice(0, q.limit);
    // Who of this page has a current job: asked for the page's ids alone, since PostgreSQL
    // would otherwise hash every employment for a subquery in the select list.
    const employed = new Set<number>(
      page.length
        ? (
            await this.db('employments')
              .whereIn(
                'member_id',
                page.map((r) => r.id as number),
              )
              .whereNull('ended_on')
              .distinct('member_id')
          ).map((r: { member_id: number }) => r.member_id)
        : [],
    );
    const items = page.map((r) => ({ ...toMember(r), mapped: employed.has(r.id as number) }));
    return { items, nextCursor: rows.length > q.limit ? String(offset + q.limit) : null };
  }

  async get(scope: MemberScope, id: number, trx?: Knex | Knex.Transaction): Promise<Member | null> {
    const row = await this.scoped(scope, trx).where('members.id', id).first();
    return row ? toMember(row) : null;
  }

  async insert(trx: Knex.Transaction, chapterId: number, values: MemberValues): Promise<number> {
    const now = new Date().toISOString();
    const [row] = await trx('members')
      .insert({
        ...toRow(values),
        chapter_id: chapterId,
        version: 0,
        created_at: now,
        updated_at: now,
      })
      .returning('id');
    return typeof row === 'object' ? row.id : row;
  }

  /** Bulk insert for imports, in batches that fit SQLite's variable limit. */
  async insertMany(trx: Knex.Transaction, chapterId: number, rows: MemberValues[]): Promise<void> {
    const now = new Date().toISOString();
    const full = rows.map((v) => ({
      ak_id: null,
      email: null,
      phone: null,
      zip: null,
      joined_on: null,
      lapsed_on: null,
      union_name: null,
      union_local: null,
      recruitment_source: null,
      recruited_by: null,
      ...toRow(v),
      chapter_id: chapterId,
      version: 0,
      created_at: now,
      updated_at: now,
    }));
    await trx.batchInsert('members', full, 500);
  }

  /** Updates when the version still matches; returns false when someone else changed it first. */
  async update(
    trx: Knex.Transaction,
    id: number,
    values: MemberValues,
    version: number,
  ): Promise<Member | null> {
    // The row as it now is comes back with the update (RETURNING, on both databases): no second read.
    const [row] = await trx('members')
      .where({ id, version })
      .update(
        {
          ...toRow(values),
          updated_at: new Date().toISOString(),
          version: trx.raw('version + 1'),
        },
        '*',
      );
    return row ? toMember(row) : null;
  }

  async findIdByAkId(trx: Knex | Knex.Transaction, akId: string): Promise<number | null> {
    const row = await trx('members').where('ak_id', akId).first('id');
    return row?.id ?? null;
  }

  async delete(trx: Knex.Transaction, id: number): Promise<void> {
    await trx('members').where({ id }).delete();
  }

  /** The chapter's roster keyed for matching an import: by AK_ID and by email. */
  async rosterForMatching(
    chapterId: number,
    trx: Knex | Knex.Transaction = this.db,
  ): Promise<Member[]> {
    return (await trx('members').where('chapter_id', chapterId)).map(toMember);
  }

  /** AK_IDs from the list that belong to members of other chapters. */
  async akIdsElsewhere(
    chapterId: number,
    akIds: string[],
    trx: Knex | Knex.Transaction = this.db,
  ): Promise<Set<string>> {
    const found = new Set<string>();
    for (let i = 0; i < akIds.length; i += 900) {
      const chunk = akIds.slice(i, i + 900);
      const rows: { ak_id: string }[] = await trx('members')
        .whereIn('ak_id', chunk)
        .whereNot('chapter_id', chapterId)
        .select('ak_id');
      for (const r of rows) found.add(r.ak_id);
    }
    return found;
  }

  /** A pod's members that the scope may see as people, with their current workplaces. */
  async podRoster(scope: MemberScope, podId: number) {
    const rows: Record<string, unknown>[] = await this.scoped(scope)
      .join('pod_members as pm', 'pm.member_id', 'members.id')
      .leftJoin('employments as e', (j) =>
        j.on('e.member_id', 'members.id').andOnNull('e.ended_on'),
      )
      .where('pm.pod_id', podId)
      .orderBy([{ column: 'last_name' }, { column: 'first_name' }, { column: 'members.id' }])
      .select(
        'members.id',
        'members.chapter_id',
        'members.first_name',
        'members.last_name',
        'members.organizing_status',
        'members.version',
        'e.workplace_id',
      );
    const byId = new Map<number, Member & { workplaceIds: number[] }>();
    for (const r of rows) {
      const id = r.id as number;
      let m = byId.get(id);
      if (!m) byId.set(id, (m = { ...toMember(r), workplaceIds: [] }));
      if (r.workplace_id != null) m.workplaceIds.push(r.workplace_id as number);
    }
    return [...byId.values()];
  }

  /** Moves those of the members still at `from` to `to`; returns whom it moved. */
  async moveStatus(
    trx: Knex.Transaction,
    ids: readonly number[],
    from: OrganizingStatus,
    to: OrganizingStatus,
  ): Promise<{ id: number; chapterId: number }[]> {
    if (!ids.length) return [];
    const rows: { id: number; chapter_id: number }[] = await trx('members')
      .whereIn('id', ids)
      .where('organizing_status', from)
      .orderBy('id')
      .select('id', 'chapter_id');
    const moved = rows.map((r) => r.id);
    if (moved.length)
      await trx('members')
        .whereIn('id', moved)
        .update({
          organizing_status: to,
          updated_at: new Date().toISOString(),
          version: trx.raw('version + 1'),
        });
    return rows.map((r) => ({ id: r.id, chapterId: r.chapter_id }));
  }

  /** Those of the ids the scope may see. */
  async visibleIds(
    scope: MemberScope,
    ids: readonly number[],
    trx?: Knex | Knex.Transaction,
  ): Promise<Set<number>> {
    if (!ids.length) return new Set();
    const rows: { id: number }[] = await this.scoped(scope, trx)
      .whereIn('members.id', ids)
      .select('members.id');
    return new Set(rows.map((r) => r.id));
  }

  async recordStatusChange(
    trx: Knex.Transaction,
    entries: {
      memberId: number;
      from: OrganizingStatus | null;
      to: OrganizingStatus;
      by: number | null;
      note?: string | null;
    }[],
  ): Promise<void> {
    if (!entries.length) return;
    const at = new Date().toISOString();
    const rows = entries.map((e) => ({
      member_id: e.memberId,
      from_status: e.from,
      to_status: e.to,
      changed_at: at,
      changed_by: e.by,
      note: e.note ?? null,
    }));
    // One statement for a few rows; batches (in a savepoint) only for imports' thousands.
    if (rows.length <= HISTORY_BATCH) await trx('organizing_status_history').insert(rows);
    else await trx.batchInsert('organizing_status_history', rows, HISTORY_BATCH);
  }

  async statusHistory(memberId: number) {
    const rows: Record<string, unknown>[] = await this.db('organizing_status_history')
      .where('member_id', memberId)
      .orderBy('id');
    return rows.map((r) => ({
      fromStatus: (r.from_status as OrganizingStatus | null) ?? null,
      toStatus: r.to_status as OrganizingStatus,
      changedAt: r.changed_at as string,
      changedBy: (r.changed_by as number | null) ?? null,
      note: (r.note as string | null) ?? null,
    }));
  }

  /** Members in good standing, organization-wide: the base of a petition's threshold. */
  async countInGoodStanding(trx: Knex | Knex.Transaction = this.db): Promise<number> {
    const row = await trx('members').where('status', 'good_standing').count({ n: '*' }).first();
    return Number(row?.n ?? 0);
  }

  /**
   * A vote's roll as a query (member_id, chapter_id, industry) for the caller to copy inside the
   * database: members in good standing now, with the industry of a current job, else of a pod.
   */
  rollSource(trx: Knex | Knex.Transaction = this.db): Knex.QueryBuilder {
    const jobs = trx('employments as e')
      .join('workplaces as w', 'w.id', 'e.workplace_id')
      .whereNull('e.ended_on')
      .groupBy('e.member_id')
      .select('e.member_id', trx.raw('min(w.industry) as industry'));
    const pods = trx('pod_members as pm')
      .join('pods as p', 'p.id', 'pm.pod_id')
      .groupBy('pm.member_id')
      .select('pm.member_id', trx.raw('min(p.industry) as industry'));
    return trx('members as m')
      .leftJoin(jobs.as('j'), 'j.member_id', 'm.id')
      .leftJoin(pods.as('pi'), 'pi.member_id', 'm.id')
      .where('m.status', 'good_standing')
      .select(
        'm.id as member_id',
        'm.chapter_id',
        trx.raw('coalesce(j.industry, pi.industry) as industry'),
      );
  }

  /** Members in good standing with an email address: the list an all-member mailing goes to. */
  async mailingList(trx: Knex | Knex.Transaction = this.db) {
    const rows: Record<string, unknown>[] = await trx('members')
      .where('status', 'good_standing')
      .whereNotNull('email')
      .orderBy('id')
      .select('id', 'first_name', 'email', 'preferred_language');
    return rows.map((r) => ({
      id: r.id as number,
      firstName: r.first_name as string,
      email: r.email as string,
      language: r.preferred_language as 'en' | 'es',
    }));
  }

  /** Member ids by email across chapters (an email two members share maps to both). */
  async idsByEmail(emails: string[], trx: Knex | Knex.Transaction = this.db) {
    const found = new Map<string, number[]>();
    for (let i = 0; i < emails.length; i += 900) {
      const chunk = emails.slice(i, i + 900);
      const rows: { id: number; email: string }[] = await trx('members')
        .whereRaw(`lower(email) in (${chunk.map(() => '?').join(', ')})`, chunk)
        .select('id', 'email');
      for (const r of rows) {
        const key = r.email.toLowerCase();
        found.set(key, [...(found.get(key) ?? []), r.id]);
      }
    }
    return found;
  }
}
