import type { Knex } from 'knex';
import type { Employment } from '@shopfloor/shared';

const toEmployment = (r: Record<string, unknown>): Employment => ({
  id: r.id as number,
  memberId: r.member_id as number,
  workplaceId: r.workplace_id as number,
  employer: r.employer as string,
  siteName: (r.site_name as string | null) ?? null,
  zip: r.zip as string,
  industry: (r.industry as string | null) ?? null,
  jobTitle: (r.job_title as string | null) ?? null,
  since: (r.since as string | null) ?? null,
  endedOn: (r.ended_on as string | null) ?? null,
  shopSteward: Boolean(r.shop_steward),
});

/** Employment links a member to a workplace; callers have checked the member is in scope. */
export class EmploymentsRepository {
  constructor(private readonly db: Knex) {}

  async forMembers(
    memberIds: number[],
    trx: Knex | Knex.Transaction = this.db,
  ): Promise<Employment[]> {
    if (!memberIds.length) return [];
    const rows: Record<string, unknown>[] = await trx('employments as e')
      .join('workplaces as w', 'w.id', 'e.workplace_id')
      .whereIn('e.member_id', memberIds)
      .orderBy([
        { column: 'e.ended_on', order: 'desc', nulls: 'first' },
        { column: 'e.id', order: 'desc' },
      ])
      .select('e.*', 'w.employer', 'w.site_name', 'w.zip', 'w.industry');
    return rows.map(toEmployment);
  }

  async forWorkplace(workplaceId: number): Promise<
    {
      memberId: number;
      firstName: string;
      lastName: string;
      jobTitle: string | null;
      shopSteward: boolean;
      organizingStatus: string;
    }[]
  > {
    const rows: Record<string, unknown>[] = await this.db('employments as e')
      .join('members as m', 'm.id', 'e.member_id')
      .where('e.workplace_id', workplaceId)
      .whereNull('e.ended_on')
      .orderBy(['m.last_name', 'm.first_name'])
      .select(
        'e.member_id',
        'm.first_name',
        'm.last_name',
        'e.job_title',
        'e.shop_steward',
        'm.organizing_status',
      );
    return rows.map((r) => ({
      memberId: r.member_id as number,
      firstName: r.first_name as string,
      lastName: r.last_name as string,
      jobTitle: (r.job_title as string | null) ?? null,
      shopSteward: Boolean(r.shop_steward),
      organizingStatus: r.organizing_status as string,
    }));
  }

  async get(id: number, trx: Knex | Knex.Transaction = this.db): Promise<Employment | null> {
    const row = await trx('employments as e')
      .join('workplaces as w', 'w.id', 'e.workplace_id')
      .where('e.id', id)
      .first('e.*', 'w.employer', 'w.site_name', 'w.zip', 'w.industry');
    return row ? toEmployment(row) : null;
  }

  async insert(
    trx: Knex.Transaction,
    e: {
      memberId: number;
      workplaceId: number;
      jobTitle?: string | null;
      since?: string | null;
      shopSteward?: boolean;
    },
  ): Promise<number> {
    const [row] = await trx('employments')
      .insert({
        member_id: e.memberId,
        workplace_id: e.workplaceId,
        job_title: e.jobTitle ?? null,
        since: e.since ?? null,
        shop_steward: e.shopSteward ?? false,
        created_at: new Date().toISOString(),
      })
      .returning('id');
    return typeof row === 'object' ? row.id : row;
  }

  /** Ends a member's current jobs other than `keepWorkplaceId`. */
  async endCurrent(
    trx: Knex.Transaction,
    memberId: number,
    on: string,
    keepWorkplaceId?: number,
  ): Promise<void> {
    const q = trx('employments').where('member_id', memberId).whereNull('ended_on');
    if (keepWorkplaceId) q.whereNot('workplace_id', keepWorkplaceId);
    await q.update({ ended_on: on, version: trx.raw('version + 1') });
  }

  async setJobTitle(trx: Knex.Transaction, id: number, jobTitle: string | null): Promise<void> {
    await trx('employments')
      .where('id', id)
      .update({ job_title: jobTitle, version: trx.raw('version + 1') });
  }

  async end(trx: Knex.Transaction, id: number, on: string): Promise<void> {
    await trx('employments')
      .where('id', id)
      .update({ ended_on: on, version: trx.raw('version + 1') });
  }
}
