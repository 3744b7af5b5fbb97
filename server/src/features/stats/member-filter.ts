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
export const LAPSE = `case when m.status = 'good_standing' then null else coalesce(m.lapsed_on, m.joined_on, '0000-00-00') end`;

/** The member's current job: their newest employment not ended (one per member). */
export const NEWEST_CURRENT = `e.ended_on is null and not exists (select 1 from employments e2
  where e2.member_id = e.member_id and e2.ended_on is null and e2.id > e.id)`;

/**
 * The 'YYYY-MM' of a date or timestamp expression, BEFORE for one before the window, null for
 * none. The month is written into the SQL (the same text in select and group by): digits only.
 */
export function monthBucket(expr: string, fromMonth: string): string {
  if (!/^\d{4}-\d{2}$/.test(fromMonth)) throw new Error(`not a month: ${fromMonth}`);
  return `case when ${expr} is null then null when ${expr} < '${fromMonth}-01' then '${BEFORE}' else substr(${expr}, 1, 7) end`;
}

/** Narrows a query on members `m` (and, for states, their chapters `c`) to the filter. */
export function applyMemberFilter(
  db: Knex,
  q: Knex.QueryBuilder,
  filter: MemberFilter,
): Knex.QueryBuilder {
  switch (filter.kind) {
    case 'all':
      return q;
    case 'states':
      return q.whereIn('c.state', filter.states);
    case 'chapter':
      return q.where('m.chapter_id', filter.chapterId);
    case 'pod':
      return q.whereIn('m.id', db('pod_members').where('pod_id', filter.podId).select('member_id'));
    case 'industry':
      return q.whereIn(
        'm.id',
        db('employments as e')
          .join('workplaces as w', 'w.id', 'e.workplace_id')
          .whereRaw(NEWEST_CURRENT)
          .where('w.industry', filter.industry)
          .select('e.member_id'),
      );
  }
}
