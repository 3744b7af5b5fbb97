import type { Knex } from 'knex';
import { nextMonthStart } from '../pods/pod-progress';
import {
  applyMemberFilter,
  BEFORE,
  LAPSE,
  monthBucket,
  NEWEST_CURRENT,
  type MemberFilter,
} from './member-filter';

export { BEFORE, type MemberFilter } from './member-filter';

export interface FlowRow {
  /** Join month, or BEFORE (before the window, or unknown). */
  jm: string;
  /** Lapse month, BEFORE, or null while in good standing. */
  lm: string | null;
  n: number;
}
export interface JoinRow {
  jm: string;
  source: string | null;
  language: string;
  state: string;
  n: number;
}

/**
 * Joined in the months from..to. A range on the column, not on substr(): PostgreSQL then
 * estimates the rows (and hashes rather than sorts them), SQLite reads its covering index.
 */
function joinedIn(fromMonth: string, toMonth: string) {
  return (w: Knex.QueryBuilder) =>
    w
      .where('m.joined_on', '>=', `${fromMonth}-01`)
      .where('m.joined_on', '<', nextMonthStart(toMonth));
}

/** Members in the filter; their chapter joined as `c` when asked (or the filter needs it). */
export function filteredMembers(db: Knex, filter: MemberFilter, chapter = false) {
  const q = db('members as m');
  if (chapter || filter.kind === 'states') q.join('chapters as c', 'c.id', 'm.chapter_id');
  return applyMemberFilter(db, q, filter);
}

/**
 * Membership over time, grouped by month in the database: each query is one pass over the
 * filtered members and returns at most a few thousand rows whatever their number. Counts only.
 */
export class RecruitmentRepository {
  constructor(private readonly db: Knex) {}

  /** Members by join month and lapse month (both bucketed before `fromMonth`). */
  async flows(filter: MemberFilter, fromMonth: string): Promise<FlowRow[]> {
    const rows: Record<string, unknown>[] = await filteredMembers(this.db, filter)
      .select(
        this.db.raw(`coalesce(${monthBucket('m.joined_on', fromMonth)}, '${BEFORE}') as jm`),
        this.db.raw(`${monthBucket(LAPSE, fromMonth)} as lm`),
        this.db.raw('count(*) as n'),
      )
      .groupByRaw('1, 2');
    return rows.map((r) => ({
      jm: r.jm as string,
      lm: (r.lm as string | null) ?? null,
      n: Number(r.n),
    }));
  }

  /** Joins in the months from..to by source, language and the chapter's state. */
  async joins(filter: MemberFilter, fromMonth: string, toMonth: string): Promise<JoinRow[]> {
    const rows: Record<string, unknown>[] = await filteredMembers(this.db, filter, true)
      .where(joinedIn(fromMonth, toMonth))
      .select(
        this.db.raw('substr(m.joined_on, 1, 7) as jm'),
        'm.recruitment_source as source',
        'm.preferred_language as language',
        'c.state',
        this.db.raw('count(*) as n'),
      )
      .groupByRaw('1, 2, 3, 4');
    return rows.map((r) => ({
      jm: r.jm as string,
      source: (r.source as string | null) ?? null,
      language: r.language as string,
      state: r.state as string,
      n: Number(r.n),
    }));
  }

  /** Joins in the months from..to by the industry of the member's current job (mapped ones only). */
  async joinsByIndustry(filter: MemberFilter, fromMonth: string, toMonth: string) {
    const q = this.db('employments as e')
      .join('members as m', 'm.id', 'e.member_id')
      .join('workplaces as w', 'w.id', 'e.workplace_id')
      .whereRaw(NEWEST_CURRENT)
      .where(joinedIn(fromMonth, toMonth))
      .select(
        this.db.raw('substr(m.joined_on, 1, 7) as jm'),
        'w.industry',
        this.db.raw('count(*) as n'),
      )
      .groupByRaw('1, 2');
    if (filter.kind === 'states') q.join('chapters as c', 'c.id', 'm.chapter_id');
    const rows: Record<string, unknown>[] = await applyMemberFilter(this.db, q, filter);
    return rows.map((r) => ({
      jm: r.jm as string,
      industry: (r.industry as string | null) ?? null,
      n: Number(r.n),
    }));
  }

  /** Members who joined between two days (both included), of a source or language if given. */
  async recruitsBetween(
    filter: MemberFilter,
    fromDay: string,
    toDay: string,
    only: { source?: string; language?: string } = {},
  ): Promise<number> {
    const q = filteredMembers(this.db, filter).whereBetween('m.joined_on', [fromDay, toDay]);
    if (only.source) q.where('m.recruitment_source', only.source);
    if (only.language) q.where('m.preferred_language', only.language);
    const row = await q.count({ n: '*' }).first();
    return Number(row?.n ?? 0);
  }
}
