import type { Knex } from 'knex';

export interface StateCounts {
  state: string;
  members: number;
  goodStanding: number;
  mapped: number;
}

/**
 * Aggregate queries over member data. They return counts only, never a person, which is why the
 * national role may call them (the service suppresses small counts before they leave the server).
 */
export class StatsRepository {
  constructor(private readonly db: Knex) {}

  async membersByState(chapterId?: number): Promise<StateCounts[]> {
    // A join on the distinct current jobs, not a correlated EXISTS per member: one pass each.
    const current = this.db('employments').whereNull('ended_on').distinct('member_id').as('e');
    const q = this.db('members as m')
      .join('chapters as c', 'c.id', 'm.chapter_id')
      .leftJoin(current, 'e.member_id', 'm.id')
      .groupBy('c.state')
      .select(
        'c.state',
        this.db.raw('count(*) as members'),
        this.db.raw(`sum(case when m.status = 'good_standing' then 1 else 0 end) as good_standing`),
        this.db.raw('count(e.member_id) as mapped'),
      );
    if (chapterId !== undefined) q.where('m.chapter_id', chapterId);
    const rows: Record<string, unknown>[] = await q;
    return rows.map((r) => ({
      state: r.state as string,
      members: Number(r.members),
      goodStanding: Number(r.good_standing),
      mapped: Number(r.mapped),
    }));
  }

  async workplacesByState(chapterId?: number): Promise<Map<string, number>> {
    const q = this.db('workplaces as w')
      .join('chapters as c', 'c.id', 'w.chapter_id')
      .groupBy('c.state')
      .select('c.state', this.db.raw('count(*) as n'));
    if (chapterId !== undefined) q.where('w.chapter_id', chapterId);
    const rows: { state: string; n: number | string }[] = await q;
    return new Map(rows.map((r) => [r.state, Number(r.n)]));
  }

  /** Campaigns still in the pipeline (not won, lost or paused), by the state of their workplace. */
  async activeCampaignsByState(): Promise<Map<string, number>> {
    const rows: { state: string; n: number | string }[] = await this.db('campaigns as c')
      .join('workplaces as w', 'w.id', 'c.workplace_id')
      .whereNotIn('c.stage', ['won', 'lost', 'paused'])
      .groupBy('w.state')
      .select('w.state', this.db.raw('count(*) as n'));
    return new Map(rows.map((r) => [r.state, Number(r.n)]));
  }

  /** Members who joined on or after a date, by their chapter's state. */
  async joinedSinceByState(since: string): Promise<Map<string, number>> {
    const rows: { state: string; n: number | string }[] = await this.db('members as m')
      .join('chapters as c', 'c.id', 'm.chapter_id')
      .where('m.joined_on', '>=', since)
      .groupBy('c.state')
      .select('c.state', this.db.raw('count(*) as n'));
    return new Map(rows.map((r) => [r.state, Number(r.n)]));
  }

  async chaptersByState(): Promise<Map<string, { chapters: number; withCommittee: number }>> {
    const rows: Record<string, unknown>[] = await this.db('chapters')
      .groupBy('state')
      .select(
        'state',
        this.db.raw('count(*) as n'),
        this.db.raw('sum(case when has_labor_committee then 1 else 0 end) as lc'),
      );
    return new Map(
      rows.map((r) => [r.state as string, { chapters: Number(r.n), withCommittee: Number(r.lc) }]),
    );
  }

  async membersByOrganizingStatus(chapterId?: number): Promise<Record<string, number>> {
    const q = this.db('members as m')
      .groupBy('m.organizing_status')
      .select('m.organizing_status as s', this.db.raw('count(*) as n'));
    if (chapterId !== undefined) q.where('m.chapter_id', chapterId);
    const rows: { s: string; n: number | string }[] = await q;
    return Object.fromEntries(rows.map((r) => [r.s, Number(r.n)]));
  }
}
