import type { Knex } from 'knex';

export interface ChapterCounts {
  members: number;
  mapped: number;
}

const count = (rows: Record<string, unknown>[], key: string) =>
  new Map(rows.map((r) => [r[key] as number, Number(r.n)]));

/** Per-chapter counts behind the Southern coverage page, each one grouped query. Counts only. */
export class SouthRepository {
  constructor(private readonly db: Knex) {}

  /** Members in good standing, and those of them with a current workplace, per chapter. */
  async membersByChapter(states: readonly string[]): Promise<Map<number, ChapterCounts>> {
    const rows: Record<string, unknown>[] = await this.db('members as m')
      .join('chapters as c', 'c.id', 'm.chapter_id')
      .whereIn('c.state', states)
      .where('m.status', 'good_standing')
      .groupBy('m.chapter_id')
      .select(
        'm.chapter_id',
        this.db.raw('count(*) as members'),
        this.db.raw(
          'sum(case when exists (select 1 from employments e where e.member_id = m.id and e.ended_on is null) then 1 else 0 end) as mapped',
        ),
      );
    return new Map(
      rows.map((r) => [
        r.chapter_id as number,
        { members: Number(r.members), mapped: Number(r.mapped) },
      ]),
    );
  }

  /** Chapter and workplace pods per chapter. */
  async podsByChapter(): Promise<Map<number, number>> {
    const rows: Record<string, unknown>[] = await this.db('pods')
      .whereNotNull('chapter_id')
      .groupBy('chapter_id')
      .select('chapter_id', this.db.raw('count(*) as n'));
    return count(rows, 'chapter_id');
  }

  async regionPods(region: string): Promise<number> {
    const row = await this.db('pods').where({ scope: 'region', region }).count({ n: '*' }).first();
    return Number(row?.n ?? 0);
  }

  /** Campaigns still in the pipeline (not won, lost or paused), per chapter. */
  async activeCampaignsByChapter(): Promise<Map<number, number>> {
    const rows: Record<string, unknown>[] = await this.db('campaigns')
      .whereNotIn('stage', ['won', 'lost', 'paused'])
      .groupBy('chapter_id')
      .select('chapter_id', this.db.raw('count(*) as n'));
    return count(rows, 'chapter_id');
  }
}
