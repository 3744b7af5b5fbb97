import { randomBytes } from 'node:crypto';
import type { Knex } from 'knex';
import type { BallotChoices } from '@shopfloor/shared';

export interface StoredBallot {
  id: string;
  receiptHash: string;
  choices: BallotChoices;
}

/**
 * Who voted (vote_participation) and what was voted (vote_ballots), kept apart: a ballot row has
 * the vote, a random key, the choices and the receipt hash, and nothing that leads to a voter.
 * Nothing here ever reads or writes both for one person.
 */
/** Rows per insert: 3 columns × 300 stays under SQLite's variable limit. */
const PARTICIPATION_BATCH = 300;

export class BallotsRepository {
  constructor(private readonly db: Knex) {}

  async hasVoted(voteId: number, memberId: number, trx: Knex | Knex.Transaction = this.db) {
    return !!(await trx('vote_participation')
      .where({ vote_id: voteId, member_id: memberId })
      .first('member_id'));
  }

  /** Votes among `voteIds` the member took part in. */
  async votedIn(memberId: number, voteIds: number[]): Promise<Set<number>> {
    if (!voteIds.length) return new Set();
    const rows: { vote_id: number }[] = await this.db('vote_participation')
      .where('member_id', memberId)
      .whereIn('vote_id', voteIds)
      .select('vote_id');
    return new Set(rows.map((r) => r.vote_id));
  }

  /** The primary key (vote_id, member_id) refuses a second row, however many requests race. */
  async recordParticipation(
    trx: Knex.Transaction,
    voteId: number,
    memberIds: number[],
    source: 'online' | 'import',
  ): Promise<void> {
    const rows = memberIds.map((id) => ({ vote_id: voteId, member_id: id, source }));
    // One statement for a ballot; batches (in a savepoint) for an import's thousands.
    if (rows.length <= PARTICIPATION_BATCH) await trx('vote_participation').insert(rows);
    else await trx.batchInsert('vote_participation', rows, PARTICIPATION_BATCH);
  }

  async alreadyTookPart(voteId: number, memberIds: number[], trx: Knex | Knex.Transaction) {
    const found = new Set<number>();
    for (let i = 0; i < memberIds.length; i += 900) {
      const rows: { member_id: number }[] = await trx('vote_participation')
        .where('vote_id', voteId)
        .whereIn('member_id', memberIds.slice(i, i + 900))
        .select('member_id');
      for (const r of rows) found.add(r.member_id);
    }
    return found;
  }

  async participationCount(voteId: number, trx: Knex | Knex.Transaction = this.db) {
    const row = await trx('vote_participation').where('vote_id', voteId).count({ n: '*' }).first();
    return Number(row?.n ?? 0);
  }

  async insertBallot(
    trx: Knex.Transaction,
    voteId: number,
    choices: BallotChoices,
    receiptHash: string,
  ): Promise<void> {
    await trx('vote_ballots').insert({
      id: randomBytes(16).toString('hex'),
      vote_id: voteId,
      choices_json: JSON.stringify(choices),
      receipt_hash: receiptHash,
    });
  }

  /** The vote's ballots in the order of their random keys, which says nothing of when they came. */
  async ballots(voteId: number, trx: Knex | Knex.Transaction = this.db): Promise<StoredBallot[]> {
    const rows: Record<string, unknown>[] = await trx('vote_ballots')
      .where('vote_id', voteId)
      .orderBy('id')
      .select('id', 'receipt_hash', 'choices_json');
    return rows.map((r) => ({
      id: r.id as string,
      receiptHash: r.receipt_hash as string,
      choices: JSON.parse(r.choices_json as string) as BallotChoices,
    }));
  }

  /**
   * Rewrites the closed vote's ballots in key order in one statement per batch. PostgreSQL keeps
   * each row's inserting transaction (xmin) and heap position; after this every ballot carries
   * the closing transaction's and sits in key order, so neither says when it was cast.
   */
  async reseal(trx: Knex.Transaction, voteId: number, ballots: StoredBallot[]): Promise<void> {
    await trx('vote_ballots').where('vote_id', voteId).delete();
    const rows = ballots.map((b) => ({
      id: b.id,
      vote_id: voteId,
      choices_json: JSON.stringify(b.choices),
      receipt_hash: b.receiptHash,
    }));
    await trx.batchInsert('vote_ballots', rows, 500);
  }
}
