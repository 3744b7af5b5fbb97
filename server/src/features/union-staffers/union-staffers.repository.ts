import type { Knex } from 'knex';
import type { UnionStaffer } from '@shopfloor/shared';

/**
 * Union staffers: members who said they work for a union (members.union_staff, their own opt-in)
 * and are in good standing. Its scope is that opt-in: nobody else is ever read here.
 */
export class UnionStaffersRepository {
  constructor(private readonly db: Knex) {}

  async list(f: { union?: string; state?: string }): Promise<UnionStaffer[]> {
    const q = this.db('members as m')
      .join('chapters as c', 'c.id', 'm.chapter_id')
      .where('m.union_staff', true)
      .where('m.status', 'good_standing')
      .select(
        'm.id',
        'm.first_name',
        'm.last_name',
        'm.union_name',
        'm.union_local',
        'c.id as chapter_id',
        'c.name as chapter_name',
        'c.state',
      );
    if (f.union) q.whereRaw('lower(m.union_name) = ?', [f.union.toLowerCase()]);
    if (f.state) q.where('c.state', f.state);
    const rows: Record<string, unknown>[] = await q;
    return rows.map((r) => ({
      memberId: r.id as number,
      firstName: r.first_name as string,
      lastName: r.last_name as string,
      chapter: {
        id: r.chapter_id as number,
        name: r.chapter_name as string,
        state: r.state as string,
      },
      unionName: (r.union_name as string | null) ?? null,
      unionLocal: (r.union_local as string | null) ?? null,
    }));
  }
}
