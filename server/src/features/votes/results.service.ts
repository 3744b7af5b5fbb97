import { randomBytes } from 'node:crypto';
import type { Knex } from 'knex';
import {
  BALLOTS_PUBLISHED_FROM,
  censusRegions,
  countVote,
  naicsSectors,
  suppressBreakdown,
  suppressCount,
  type Count,
  type Turnout,
  type Vote,
  type VoteResults,
} from '@shopfloor/shared';
import type { Config } from '../../config';
import { suppressionThresholdFor, type Actor } from '../../auth/policy';
import { ConflictError } from '../../http/errors';
import type { BallotsRepository } from './ballots.repository';
import { TurnoutRepository, type TurnoutBy, type TurnoutRow } from './turnout.repository';
import type { VotesRepository } from './votes.repository';

const percent = (voted: Count, roll: Count) =>
  typeof voted === 'number' && typeof roll === 'number' && roll > 0
    ? Math.round((voted / roll) * 1000) / 10
    : null;

function label(by: TurnoutBy, row: TurnoutRow): string {
  if (row.key === null) return by === 'pod' ? 'Not in a pod' : 'No workplace or pod on record';
  if (by === 'region') return censusRegions[row.key as keyof typeof censusRegions]?.name ?? row.key;
  if (by === 'industry') return naicsSectors.find((n) => n.code === row.key)?.name ?? row.key;
  return row.label ?? row.key;
}

/** The count at close, the published results, and turnout over the frozen roll. */
export class ResultsService {
  private readonly turnoutRepo: TurnoutRepository;

  constructor(
    db: Knex,
    private readonly config: Config,
    private readonly votes: VotesRepository,
    private readonly ballots: BallotsRepository,
  ) {
    this.turnoutRepo = new TurnoutRepository(db);
  }

  /**
   * Counts the ballots of a vote that is closing and stores the results, inside the closing
   * transaction. The seed of any lot is drawn now and published, so a recount draws the same.
   */
  async freeze(trx: Knex.Transaction, vote: Vote & { closedAt: string }): Promise<VoteResults> {
    const ballots = await this.ballots.ballots(vote.id, trx);
    const seed = randomBytes(16).toString('hex');
    const outcome = countVote(
      vote,
      ballots.map((b) => b.choices),
      seed,
    );
    const published = ballots.length >= BALLOTS_PUBLISHED_FROM;
    const byHash = [...ballots].sort((a, b) => (a.receiptHash < b.receiptHash ? -1 : 1));
    const results: VoteResults = {
      voteId: vote.id,
      kind: vote.kind,
      closedAt: vote.closedAt,
      rollSize: vote.rollSize ?? 0,
      participation: await this.ballots.participationCount(vote.id, trx),
      ballotsCast: ballots.length,
      outcome,
      ballotsPublished: published,
      minimumForPublication: BALLOTS_PUBLISHED_FROM,
      ballots: published
        ? byHash.map((b) => ({ receiptHash: b.receiptHash, choices: b.choices }))
        : null,
      receiptHashes: byHash.map((b) => b.receiptHash),
    };
    await this.votes.saveResults(trx, vote.id, results);
    await this.ballots.reseal(trx, vote.id, ballots);
    return results;
  }

  async results(vote: Vote): Promise<VoteResults> {
    const results = vote.state === 'closed' ? await this.votes.results(vote.id) : null;
    if (!results) throw new ConflictError('Results are published when the vote closes');
    return results;
  }

  /** Participation over the roll by group; national sees counts from 1 to 4 suppressed. */
  async turnout(actor: Actor, vote: Vote, by: TurnoutBy): Promise<Turnout> {
    if (vote.state !== 'open' && vote.state !== 'closed')
      throw new ConflictError('Turnout is counted once the vote opens and its roll is frozen');
    const [totals, rows] = await Promise.all([
      this.turnoutRepo.totals(vote.id),
      this.turnoutRepo.byGroup(vote.id, by),
    ]);
    const threshold = suppressionThresholdFor(actor, this.config.suppressionThreshold);
    const keyOf = (r: TurnoutRow) => r.key ?? 'none';
    const parts = (pick: (r: TurnoutRow) => number): Record<string, Count> => {
      const exact = Object.fromEntries(rows.map((r) => [keyOf(r), pick(r)]));
      return threshold === null ? exact : suppressBreakdown(exact, threshold);
    };
    const [roll, voted] = [parts((r) => r.roll), parts((r) => r.voted)];
    const sup = (n: number): Count => (threshold === null ? n : suppressCount(n, threshold));
    const groups = rows
      .map((r) => ({
        key: keyOf(r),
        label: label(by, r),
        roll: roll[keyOf(r)]!,
        voted: voted[keyOf(r)]!,
        turnout: percent(voted[keyOf(r)]!, roll[keyOf(r)]!),
      }))
      .sort((a, b) => a.label.localeCompare(b.label));
    return {
      voteId: vote.id,
      by,
      suppressionThreshold: threshold,
      roll: sup(totals.roll),
      voted: sup(totals.voted),
      turnout: percent(sup(totals.voted), sup(totals.roll)),
      groups,
    };
  }
}
