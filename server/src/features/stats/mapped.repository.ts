import type { Knex } from 'knex';
import { applyMemberFilter, BEFORE, LAPSE, monthBucket, type MemberFilter } from './member-filter';
import { filteredMembers, type FlowRow } from './recruitment.repository';

/** When a job ended ('9999-12-31' while it lasts). */
const UNTIL = `case when e.ended_on is null then '9999-12-31' else e.ended_on end`;

export interface MappedRow extends FlowRow {
  /** First month with a workplace on record (BEFORE, a month, or null: never). */
  mf: string | null;
  /** Month the last job ended ('9999-12' while one is current; null: never mapped). */
  mu: string | null;
}

/**
 * Members mapped over time: a member counts as mapped from the first job recorded for them until
 * their last job ended. One grouped query; counts only (members themselves come from the flows).
 */
export class MappedRepository {
  constructor(private readonly db: Knex) {}

  /**
   * Members with a job on record, by join, lapse, first-mapped and last-job-ended months (each
   * bucketed before `fromMonth`).
   */
  async history(filter: MemberFilter, fromMonth: string): Promise<MappedRow[]> {
    // A chapter's or a pod's few hundred members look their jobs up one by one (indexed); wider
    // sets start from every member's jobs grouped once, which beats 90,000 lookups.
    const narrow = filter.kind === 'chapter' || filter.kind === 'pod';
    const jobs = this.db('employments as e')
      .groupBy('e.member_id')
      .select(
        'e.member_id',
        this.db.raw('min(e.created_at) as first_at'),
        this.db.raw(`max(${UNTIL}) as until`),
      );
    const q = narrow
      ? filteredMembers(this.db, filter).whereExists(
          this.db('employments as e').whereRaw('e.member_id = m.id').select(this.db.raw('1')),
        )
      : applyMemberFilter(
          this.db,
          this.db
            .from(jobs.as('mp'))
            .join('members as m', 'm.id', 'mp.member_id')
            .modify((b) => {
              if (filter.kind === 'states') b.join('chapters as c', 'c.id', 'm.chapter_id');
            }),
          filter,
        );
    const first = narrow
      ? '(select min(e.created_at) from employments e where e.member_id = m.id)'
      : 'mp.first_at';
    const until = narrow
      ? `(select max(${UNTIL}) from employments e where e.member_id = m.id)`
      : 'mp.until';
    const rows: Record<string, unknown>[] = await q
      .select(
        this.db.raw(`coalesce(${monthBucket('m.joined_on', fromMonth)}, '${BEFORE}') as jm`),
        this.db.raw(`${monthBucket(LAPSE, fromMonth)} as lm`),
        this.db.raw(`${monthBucket(first, fromMonth)} as mf`),
        this.db.raw(`${monthBucket(until, fromMonth)} as mu`),
        this.db.raw('count(*) as n'),
      )
      .groupByRaw('1, 2, 3, 4');
    return rows.map((r) => ({
      jm: r.jm as string,
      lm: (r.lm as string | null) ?? null,
      mf: (r.mf as string | null) ?? null,
      mu: (r.mu as string | null) ?? null,
      n: Number(r.n),
    }));
  }
}
