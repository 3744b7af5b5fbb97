import type { Knex } from 'knex';
import type { ReserveOptIn } from '@shopfloor/shared';

/** A reserve entry with the little of its member that national staff see: name and chapter. */
export interface ReserveRow {
  id: number;
  memberId: number;
  skills: string[];
  languages: string[];
  hoursPerMonth: number;
  states: string[];
  industries: string[];
  withdrawnAt: string | null;
  version: number;
  since: string;
  firstName: string;
  lastName: string;
  chapter: { id: number; name: string; state: string };
  /** The member's chapter's location, for distances. */
  lat: number | null;
  lng: number | null;
  inGoodStanding: boolean;
  openMentorships: number;
}

const list = (v: unknown): string[] => (typeof v === 'string' ? (JSON.parse(v) as string[]) : []);

const toRow = (r: Record<string, unknown>): ReserveRow => ({
  id: r.id as number,
  memberId: r.member_id as number,
  skills: list(r.skills),
  languages: list(r.languages),
  hoursPerMonth: Number(r.hours_per_month),
  states: list(r.states),
  industries: list(r.industries),
  withdrawnAt: (r.withdrawn_at as string | null) ?? null,
  version: r.version as number,
  since: r.created_at as string,
  firstName: r.first_name as string,
  lastName: r.last_name as string,
  chapter: { id: r.chapter_id as number, name: r.chapter_name as string, state: r.state as string },
  lat: r.lat == null ? null : Number(r.lat),
  lng: r.lng == null ? null : Number(r.lng),
  inGoodStanding: r.status === 'good_standing',
  openMentorships: Number(r.open_mentorships ?? 0),
});

/**
 * The organizer reserve. Its scope is the opt-in itself: only members who chose to be listed are
 * ever read here, with their name and chapter, never their workplace or contact details.
 */
export class ReserveRepository {
  constructor(private readonly db: Knex) {}

  private base(trx: Knex | Knex.Transaction = this.db) {
    return trx('reserve_organizers as r')
      .join('members as m', 'm.id', 'r.member_id')
      .join('chapters as c', 'c.id', 'm.chapter_id')
      .select(
        'r.*',
        'm.first_name',
        'm.last_name',
        'm.status',
        'm.chapter_id',
        'c.name as chapter_name',
        'c.state',
        'c.lat',
        'c.lng',
        trx.raw(
          `(select count(*) from mentorships ms where ms.reserve_id = r.id and ms.status in ('proposed', 'active')) as open_mentorships`,
        ),
      );
  }

  /** Listed organizers: opted in, not withdrawn, in good standing; by name. */
  async active(): Promise<ReserveRow[]> {
    const rows: Record<string, unknown>[] = await this.base()
      .whereNull('r.withdrawn_at')
      .where('m.status', 'good_standing')
      .orderBy([{ column: 'm.last_name' }, { column: 'm.first_name' }, { column: 'r.id' }]);
    return rows.map(toRow);
  }

  async get(id: number, trx?: Knex | Knex.Transaction): Promise<ReserveRow | null> {
    const row = await this.base(trx).where('r.id', id).first();
    return row ? toRow(row) : null;
  }

  async byMember(memberId: number, trx?: Knex | Knex.Transaction): Promise<ReserveRow | null> {
    const row = await this.base(trx).where('r.member_id', memberId).first();
    return row ? toRow(row) : null;
  }

  /** A chapter's most common workplace industry (most workplaces on record; ties by code). */
  async topIndustry(chapterId: number): Promise<string | null> {
    const row = await this.db('workplaces')
      .where('chapter_id', chapterId)
      .whereNotNull('industry')
      .groupBy('industry')
      .select('industry', this.db.raw('count(*) as n'))
      .orderBy([{ column: 'n', order: 'desc' }, { column: 'industry' }])
      .first();
    return (row?.industry as string | undefined) ?? null;
  }

  /** Opts in, or changes the entry (and takes back a withdrawal). */
  async upsert(trx: Knex.Transaction, memberId: number, v: ReserveOptIn): Promise<void> {
    const now = new Date().toISOString();
    const values = {
      skills: JSON.stringify(v.skills),
      languages: JSON.stringify(v.languages),
      hours_per_month: v.hoursPerMonth,
      states: JSON.stringify(v.states),
      industries: JSON.stringify(v.industries),
      withdrawn_at: null,
      updated_at: now,
    };
    const n = await trx('reserve_organizers')
      .where('member_id', memberId)
      .update({ ...values, version: trx.raw('version + 1') });
    if (n === 0)
      await trx('reserve_organizers').insert({
        ...values,
        member_id: memberId,
        version: 0,
        created_at: now,
      });
  }

  async withdraw(trx: Knex.Transaction, id: number): Promise<void> {
    const now = new Date().toISOString();
    await trx('reserve_organizers')
      .where('id', id)
      .update({ withdrawn_at: now, updated_at: now, version: trx.raw('version + 1') });
  }
}
