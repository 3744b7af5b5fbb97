import type { Knex } from 'knex';

/** Which members a figure counts: everyone, some states' chapters, a chapter, an industry, a pod. */
export type MemberFilter =
  | { kind: 'all' }
  | { kind: 'states'; states: readonly string[] }
  | { kind: 'chapter'; chapterId: number }
  | { kind: 'industry'; industry: string }
  | { kind: 'pod'; podId: number };

/** The bucket for every month before a window: sorts before any 'YYYY-MM'. */
export const BEFORE = '0000-00';

/**
 * When a member stopped being in good standing: their lapse date; for one not in good standing
 * without a date, their join date (unknown, so never counted); none while in good standing.
 */
const LAPSE = `case when m.status = 'good_standing' then null else coalesce(m.lapsed_on, m.joined_on, '0000-00-00') end`;

/** The member's current job: their newest employment not ended (one per member). */
const NEWEST_CURRENT = `e.ended_on is null and not exists (select 1 from employments e2
  where e2.member_id = e.member_id and e2.ended_on is null and e2.id > e.id)`;

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
export interface MappedRow extends FlowRow {
  /** First month with a workplace on record (BEFORE, a month, or null: never). */
  mf: string | null;
  /** Month the last job ended ('9999-12' while one is current; null: never mapped). */
  mu: string | null;
}

/**
 * Membership over time, grouped by month in the database: each query is one pass over the
 * filtered members and returns at most a few thousand rows whatever their number. Counts only.
 */
export class RecruitmentRepository {
  constructor(private readonly db: Knex) {}

  private members(filter: MemberFilter): Knex.QueryBuilder {
    const q = this.db('members as m').join('chapters as c', 'c.id', 'm.chapter_id');
    return this.filtered(q, filter);
  }

  private filtered(q: Knex.QueryBuilder, filter: MemberFilter): Knex.QueryBuilder {
    switch (filter.kind) {
      case 'all':
        return q;
      case 'states':
        return q.whereIn('c.state', filter.states);
      case 'chapter':
        return q.where('m.chapter_id', filter.chapterId);
      case 'pod':
        return q.whereIn(
          'm.id',
          this.db('pod_members').where('pod_id', filter.podId).select('member_id'),
        );
      case 'industry':
        return q.whereIn(
          'm.id',
          this.db('employments as e')
            .join('workplaces as w', 'w.id', 'e.workplace_id')
            .whereRaw(NEWEST_CURRENT)
            .where('w.industry', filter.industry)
            .select('e.member_id'),
        );
    }
  }

  private month(expr: string, from: string) {
    return `case when ${expr} is null then null when ${expr} < '${from}-01' then '${BEFORE}' else substr(${expr}, 1, 7) end`;
  }

  /** Members by join month and lapse month (both bucketed before `fromMonth`). */
  async flows(filter: MemberFilter, fromMonth: string): Promise<FlowRow[]> {
    assertMonth(fromMonth);
    const rows: Record<string, unknown>[] = await this.members(filter)
      .select(
        this.db.raw(`coalesce(${this.month('m.joined_on', fromMonth)}, '${BEFORE}') as jm`),
        this.db.raw(`${this.month(LAPSE, fromMonth)} as lm`),
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
    // substr() rather than a range on joined_on: most members fall in the window, and a scan
    // beats the index there (the chapter and pod filters still use theirs).
    const rows: Record<string, unknown>[] = await this.members(filter)
      .whereRaw('substr(m.joined_on, 1, 7) between ? and ?', [fromMonth, toMonth])
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
      .join('chapters as c', 'c.id', 'm.chapter_id')
      .join('workplaces as w', 'w.id', 'e.workplace_id')
      .whereRaw(NEWEST_CURRENT)
      .whereRaw('substr(m.joined_on, 1, 7) between ? and ?', [fromMonth, toMonth])
      .select(
        this.db.raw('substr(m.joined_on, 1, 7) as jm'),
        'w.industry',
        this.db.raw('count(*) as n'),
      )
      .groupByRaw('1, 2');
    const rows: Record<string, unknown>[] = await this.filtered(q, filter);
    return rows.map((r) => ({
      jm: r.jm as string,
      industry: (r.industry as string | null) ?? null,
      n: Number(r.n),
    }));
  }

  /** Members by join, lapse, first-mapped and last-job-ended months (bucketed before `fromMonth`). */
  async mapped(filter: MemberFilter, fromMonth: string): Promise<MappedRow[]> {
    assertMonth(fromMonth);
    const first = '(select min(e.created_at) from employments e where e.member_id = m.id)';
    const until = `(select max(case when e.ended_on is null then '9999-12-31' else e.ended_on end)
      from employments e where e.member_id = m.id)`;
    const rows: Record<string, unknown>[] = await this.members(filter)
      .select(
        this.db.raw(`coalesce(${this.month('m.joined_on', fromMonth)}, '${BEFORE}') as jm`),
        this.db.raw(`${this.month(LAPSE, fromMonth)} as lm`),
        this.db.raw(`${this.month(first, fromMonth)} as mf`),
        this.db.raw(`${this.month(until, fromMonth)} as mu`),
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

  /** Members who joined between two days (both included), of a source or language if given. */
  async recruitsBetween(
    filter: MemberFilter,
    fromDay: string,
    toDay: string,
    only: { source?: string; language?: string } = {},
  ): Promise<number> {
    const q = this.members(filter).whereBetween('m.joined_on', [fromDay, toDay]);
    if (only.source) q.where('m.recruitment_source', only.source);
    if (only.language) q.where('m.preferred_language', only.language);
    const row = await q.count({ n: '*' }).first();
    return Number(row?.n ?? 0);
  }
}

// Months are interpolated into the SQL (the same text in select and group by): digits only.
function assertMonth(month: string): void {
  if (!/^\d{4}-\d{2}$/.test(month)) throw new Error(`not a month: ${month}`);
}
