import type { Knex } from 'knex';
import type { Petition, PetitionListQuery } from '@shopfloor/shared';

export interface PetitionValues {
  title: string;
  question: string;
  language: 'en' | 'es';
  openedByMemberId: number;
  membersInGoodStanding: number;
  thresholdPercent: number;
  threshold: number;
}

function toPetition(r: Record<string, unknown>, memberId: number | null): Petition {
  return {
    id: r.id as number,
    title: r.title as string,
    question: r.question as string,
    language: r.language as Petition['language'],
    state: r.state as Petition['state'],
    signatures: Number(r.signature_count),
    threshold: Number(r.threshold),
    thresholdPercent: Number(r.threshold_percent),
    membersInGoodStanding: Number(r.members_in_good_standing),
    openedAt: r.opened_at as string,
    qualifiedAt: (r.qualified_at as string | null) ?? null,
    voteId: (r.vote_id as number | null) ?? null,
    signedByMe: r.signed_by_me != null,
    openedByMe: memberId !== null && r.opened_by_member_id === memberId,
    version: r.version as number,
  };
}

/** Petitions and their signatures; who signed is never listed, only counted (and "signed by me"). */
export class PetitionsRepository {
  constructor(private readonly db: Knex) {}

  private base(memberId: number | null, trx: Knex | Knex.Transaction = this.db) {
    return trx('petitions as pt')
      .leftJoin('votes as v', 'v.petition_id', 'pt.id')
      .leftJoin('petition_signatures as s', (j) =>
        j.on('s.petition_id', 'pt.id').andOn('s.member_id', trx.raw('?', [memberId ?? 0])),
      )
      .select('pt.*', 'v.id as vote_id', 's.member_id as signed_by_me');
  }

  async list(q: PetitionListQuery, memberId: number | null) {
    const offset = Number(q.cursor ?? 0);
    const qb = this.base(memberId)
      .orderBy('pt.id', 'desc')
      .limit(q.limit + 1)
      .offset(offset);
    if (q.state) qb.where('pt.state', q.state);
    const rows: Record<string, unknown>[] = await qb;
    return {
      items: rows.slice(0, q.limit).map((r) => toPetition(r, memberId)),
      nextCursor: rows.length > q.limit ? String(offset + q.limit) : null,
    };
  }

  async get(id: number, memberId: number | null, trx?: Knex | Knex.Transaction) {
    const row = await this.base(memberId, trx).where('pt.id', id).first();
    return row ? toPetition(row, memberId) : null;
  }

  async insert(trx: Knex.Transaction, v: PetitionValues): Promise<number> {
    const now = new Date().toISOString();
    const [row] = await trx('petitions')
      .insert({
        title: v.title,
        question: v.question,
        language: v.language,
        opened_by_member_id: v.openedByMemberId,
        opened_at: now,
        members_in_good_standing: v.membersInGoodStanding,
        threshold_percent: v.thresholdPercent,
        threshold: v.threshold,
        created_at: now,
        updated_at: now,
      })
      .returning('id');
    return (typeof row === 'object' ? row.id : row) as number;
  }

  /**
   * Counts a signature under the petition's row lock, if it is still open; concurrent signers
   * queue here, so the one that reaches the threshold is exactly one. Returns the new count.
   */
  async countSignature(trx: Knex.Transaction, id: number): Promise<number | null> {
    const n = await trx('petitions')
      .where({ id, state: 'open' })
      .update({ signature_count: trx.raw('signature_count + 1') });
    if (n !== 1) return null;
    return Number((await trx('petitions').where({ id }).first('signature_count')).signature_count);
  }

  /** The primary key (petition_id, member_id) refuses a second signature. */
  async insertSignature(trx: Knex.Transaction, petitionId: number, memberId: number) {
    await trx('petition_signatures').insert({
      petition_id: petitionId,
      member_id: memberId,
      signed_at: new Date().toISOString(),
    });
  }

  async hasSigned(trx: Knex | Knex.Transaction, petitionId: number, memberId: number) {
    return !!(await trx('petition_signatures')
      .where({ petition_id: petitionId, member_id: memberId })
      .first('member_id'));
  }

  async qualify(trx: Knex.Transaction, id: number): Promise<void> {
    const now = new Date().toISOString();
    await trx('petitions')
      .where({ id })
      .update({
        state: 'qualified',
        qualified_at: now,
        updated_at: now,
        version: trx.raw('version + 1'),
      });
  }
}
