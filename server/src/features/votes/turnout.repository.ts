import type { Knex } from 'knex';

export type TurnoutBy = 'chapter' | 'region' | 'pod' | 'industry';

export interface TurnoutRow {
  key: string | null;
  label: string | null;
  roll: number;
  voted: number;
}

/**
 * Participation over the frozen roll, counted by group. Chapter and industry are as they were
 * when the roll froze; pods are read as they are now, and a member in two pods counts in both.
 */
export class TurnoutRepository {
  constructor(private readonly db: Knex) {}

  async totals(voteId: number): Promise<{ roll: number; voted: number }> {
    const [row] = await this.counted(voteId).select(
      this.db.raw('count(*) as roll'),
      this.db.raw('count(p.member_id) as voted'),
    );
    return { roll: Number(row?.roll ?? 0), voted: Number(row?.voted ?? 0) };
  }

  async byGroup(voteId: number, by: TurnoutBy): Promise<TurnoutRow[]> {
    const qb = this.counted(voteId);
    const counts = [this.db.raw('count(*) as roll'), this.db.raw('count(p.member_id) as voted')];
    switch (by) {
      case 'chapter':
        qb.join('chapters as c', 'c.id', 'r.chapter_id')
          .groupBy('c.id', 'c.name')
          .select('c.id as key', 'c.name as label', ...counts);
        break;
      case 'region':
        qb.join('chapters as c', 'c.id', 'r.chapter_id')
          .join('states as s', 's.code', 'c.state')
          .groupBy('s.region')
          .select('s.region as key', this.db.raw('null as label'), ...counts);
        break;
      case 'industry':
        qb.groupBy('r.industry').select(
          'r.industry as key',
          this.db.raw('null as label'),
          ...counts,
        );
        break;
      case 'pod':
        qb.leftJoin('pod_members as pm', 'pm.member_id', 'r.member_id')
          .leftJoin('pods as pd', 'pd.id', 'pm.pod_id')
          .groupBy('pd.id', 'pd.name')
          .select('pd.id as key', 'pd.name as label', ...counts);
        break;
    }
    const rows: Record<string, unknown>[] = await qb;
    return rows.map((r) => ({
      key: r.key == null ? null : String(r.key),
      label: (r.label as string | null) ?? null,
      roll: Number(r.roll),
      voted: Number(r.voted),
    }));
  }

  private counted(voteId: number) {
    return this.db('vote_roll as r')
      .leftJoin('vote_participation as p', (j) =>
        j.on('p.vote_id', 'r.vote_id').andOn('p.member_id', 'r.member_id'),
      )
      .where('r.vote_id', voteId);
  }
}
