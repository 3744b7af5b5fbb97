import type { RankedOutcome } from '../vote-results';
import { RankedCount, UNIT, sum } from './papers';
import { pick } from './ties';

export const STV_RULE =
  'Single transferable vote under the Scottish Local Government Elections Order 2007 ' +
  '(SSI 2007/42, schedule 1, rules 45–52): Droop quota, weighted inclusive transfer of every ' +
  'surplus at values to five decimal places (remainder ignored), exclusion of the lowest; ties ' +
  'by the most recent earlier stage at which the tied had unequal votes, then by lot';

/**
 * Counts ranked ballots for several seats under the Scottish STV rules. Pure: the same ballots,
 * seats and seed always give the same report, so anyone can recount the published ballots.
 */
export function countStv(
  candidates: readonly number[],
  seats: number,
  rankings: readonly (readonly number[])[],
  seed: string,
): RankedOutcome {
  const count = new RankedCount(candidates, rankings);
  const valid = count.papers.length;
  // Rule 46: valid papers over seats + 1, decimals ignored, plus one.
  const quota = Math.floor(valid / (seats + 1)) + 1;
  const q = quota * UNIT;
  const pending: number[] = [];

  // Rule 47: reaching the quota at the end of a stage elects; a surplus waits to be transferred.
  const electReached = () => {
    const reached = count
      .continuing()
      .filter((c) => count.v(c) >= q)
      .sort((a, b) => count.v(b) - count.v(a) || a - b);
    for (const c of reached) {
      count.elect(c);
      if (count.v(c) > q) pending.push(c);
    }
    return reached;
  };

  count.firstStage();
  const none = new Map<number, number>();
  count.record({
    action: 'first_preferences',
    candidate: null,
    transfers: none,
    nonTransferable: 0,
    elected: valid ? electReached() : [],
    tieBreak: null,
  });

  // With no valid paper there is nothing to count: rule 52 must not fill seats by lot.
  while (valid && count.elected.length < seats) {
    const continuing = count.continuing();
    const vacancies = seats - count.elected.length;
    if (!continuing.length) break;
    // Rule 52: as many continuing candidates as vacancies are elected, with no further transfer.
    if (continuing.length <= vacancies) {
      const last = [...continuing].sort((a, b) => count.v(b) - count.v(a) || a - b);
      for (const c of last) count.elect(c);
      count.record({
        action: 'last_vacancies',
        candidate: null,
        transfers: none,
        nonTransferable: 0,
        elected: last,
        tieBreak: null,
      });
      break;
    }
    if (pending.length) {
      // Rules 48 and 49: the largest surplus first; every paper goes on at surplus × value / total.
      const { chosen, tieBreak } = pick(count, pending, 'highest', seed);
      pending.splice(pending.indexOf(chosen), 1);
      const total = count.v(chosen);
      const surplus = total - q;
      const transfers = count.transfer(chosen, (p) =>
        Number((BigInt(surplus) * BigInt(p.value)) / BigInt(total)),
      );
      count.votes.set(chosen, q);
      count.record({
        action: 'surplus',
        candidate: chosen,
        transfers,
        nonTransferable: surplus - sum(transfers),
        elected: electReached(),
        tieBreak,
      });
    } else {
      // Rules 50 and 51: exclude the lowest; its papers go on at the value they came with.
      const { chosen, tieBreak } = pick(count, continuing, 'lowest', seed);
      const held = count.v(chosen);
      count.exclude(chosen);
      const transfers = count.transfer(chosen, (p) => p.value);
      count.votes.set(chosen, 0);
      count.record({
        action: 'exclusion',
        candidate: chosen,
        transfers,
        nonTransferable: held - sum(transfers),
        elected: electReached(),
        tieBreak,
      });
    }
  }
  return {
    method: 'stv',
    rule: STV_RULE,
    seats,
    validBallots: valid,
    quota,
    elected: count.elected,
    rounds: count.rounds,
    seed,
  };
}
