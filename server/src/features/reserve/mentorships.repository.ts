import type { Knex } from 'knex';
import type { Mentorship, MentorshipListQuery, MentorshipStatus } from '@shopfloor/shared';

/** Which mentorships a caller reads: all (national), a chapter's, or a member's own. */
export type MentorshipScope =
  { kind: 'all' } | { kind: 'chapter'; chapterId: number } | { kind: 'member'; memberId: number };

const toMentorship = (r: Record<string, unknown>): Mentorship => ({
  id: r.id as number,
  reserveId: r.reserve_id as number,
  mentor: {
    memberId: r.mentor_member_id as number,
    firstName: r.mentor_first_name as string,
    lastName: r.mentor_last_name as string,
    chapterId: r.mentor_chapter_id as number,
    chapterName: r.mentor_chapter_name as string,
    inReserve: r.mentor_withdrawn_at == null,
  },
  chapter:
    r.chapter_id == null
      ? null
      : {
          id: r.chapter_id as number,
          name: r.target_chapter_name as string,
          state: r.target_chapter_state as string,
        },
  memberId: (r.member_id as number | null) ?? null,
  status: r.status as MentorshipStatus,
  notes: (r.notes as string | null) ?? null,
  startedOn: (r.started_on as string | null) ?? null,
  endedOn: (r.ended_on as string | null) ?? null,
  createdAt: r.created_at as string,
  version: r.version as number,
});

export interface MentorshipValues {
  status?: MentorshipStatus;
  notes?: string | null;
  startedOn?: string | null;
  endedOn?: string | null;
}

/** Mentorships between reserve organizers and chapters or members. */
export class MentorshipsRepository {
  constructor(private readonly db: Knex) {}

  private base(trx: Knex | Knex.Transaction = this.db) {
    return trx('mentorships as ms')
      .join('reserve_organizers as r', 'r.id', 'ms.reserve_id')
      .join('members as rm', 'rm.id', 'r.member_id')
      .join('chapters as rc', 'rc.id', 'rm.chapter_id')
      .leftJoin('chapters as tc', 'tc.id', 'ms.chapter_id')
      .leftJoin('members as mm', 'mm.id', 'ms.member_id')
      .select(
        'ms.*',
        'r.member_id as mentor_member_id',
        'r.withdrawn_at as mentor_withdrawn_at',
        'rm.first_name as mentor_first_name',
        'rm.last_name as mentor_last_name',
        'rm.chapter_id as mentor_chapter_id',
        'rc.name as mentor_chapter_name',
        'tc.name as target_chapter_name',
        'tc.state as target_chapter_state',
        'mm.chapter_id as mentee_chapter_id',
      );
  }

  async list(scope: MentorshipScope, q: MentorshipListQuery) {
    const offset = Number(q.cursor ?? 0);
    const qb = this.base()
      .orderBy('ms.id', 'desc')
      .limit(q.limit + 1)
      .offset(offset);
    if (scope.kind === 'chapter')
      qb.where((w) =>
        w.where('ms.chapter_id', scope.chapterId).orWhere('mm.chapter_id', scope.chapterId),
      );
    if (scope.kind === 'member')
      qb.where((w) =>
        w.where('ms.member_id', scope.memberId).orWhere('r.member_id', scope.memberId),
      );
    if (q.status) qb.where('ms.status', q.status);
    if (q.chapterId) qb.where('ms.chapter_id', q.chapterId);
    if (q.reserveId) qb.where('ms.reserve_id', q.reserveId);
    const rows: Record<string, unknown>[] = await qb;
    return {
      items: rows.slice(0, q.limit).map(toMentorship),
      nextCursor: rows.length > q.limit ? String(offset + q.limit) : null,
    };
  }

  async get(id: number, trx?: Knex | Knex.Transaction) {
    const row = await this.base(trx).where('ms.id', id).first();
    return row
      ? { ...toMentorship(row), menteeChapterId: (row.mentee_chapter_id as number | null) ?? null }
      : null;
  }

  /** Whether a member exists (a mentee is named by id only). */
  async memberChapter(memberId: number, trx: Knex.Transaction): Promise<number | null> {
    const row = await trx('members').where('id', memberId).first('chapter_id');
    return (row?.chapter_id as number | undefined) ?? null;
  }

  async insert(
    trx: Knex.Transaction,
    v: {
      reserveId: number;
      chapterId: number | null;
      memberId: number | null;
      notes: string | null;
    },
    createdBy: number,
  ): Promise<number> {
    const now = new Date().toISOString();
    const [row] = await trx('mentorships')
      .insert({
        reserve_id: v.reserveId,
        chapter_id: v.chapterId,
        member_id: v.memberId,
        status: 'proposed',
        notes: v.notes,
        created_by: createdBy,
        version: 0,
        created_at: now,
        updated_at: now,
      })
      .returning('id');
    return typeof row === 'object' ? row.id : row;
  }

  async update(trx: Knex.Transaction, id: number, v: MentorshipValues, version: number) {
    const row: Record<string, unknown> = {};
    if (v.status !== undefined) row.status = v.status;
    if (v.notes !== undefined) row.notes = v.notes;
    if (v.startedOn !== undefined) row.started_on = v.startedOn;
    if (v.endedOn !== undefined) row.ended_on = v.endedOn;
    const n = await trx('mentorships')
      .where({ id, version })
      .update({ ...row, updated_at: new Date().toISOString(), version: trx.raw('version + 1') });
    return n === 1;
  }
}
