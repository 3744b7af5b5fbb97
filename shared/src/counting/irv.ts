import type { RankedOutcome, RankedRound, TieBreak } from '../vote-results';
import { RankedCount, sum } from './papers';
import { pick } from './ties';

export const IRV_RULE =
  'Instant runoff: a candidate with more than half of the continuing ballots wins; otherwise ' +
  'the candidate with the fewest votes is excluded and their ballots go to the next continuing ' +
  'preference; ties by the most recent earlier round at which the tied had unequal votes, then by lot';

/** Counts ranked ballots for one seat by instant runoff. Pure, like countStv. */
export function countIrv(
  candidates: readonly number[],
  rankings: readonly (readonly number[])[],
  seed: string,
): RankedOutcome {
  const count = new RankedCount(candidates, rankings);
  count.firstStage();
  let stage: {
    action: RankedRound['action'];
    candidate: number | null;
    transfers: Map<number, number>;
    nonTransferable: number;
    tieBreak: TieBreak | null;
  } = {
    action: 'first_preferences',
    candidate: null,
    transfers: new Map(),
    nonTransferable: 0,
    tieBreak: null,
  };
  for (;;) {
    const continuing = count.continuing();
    const total = continuing.reduce((acc, c) => acc + count.v(c), 0);
    const winner =
      continuing.find((c) => 2 * count.v(c) > total) ??
      (continuing.length === 1 && total > 0 ? continuing[0] : undefined);
    if (winner !== undefined) count.elect(winner);
    count.record({ ...stage, elected: winner === undefined ? [] : [winner] });
    if (winner !== undefined || total === 0) break;
    const { chosen, tieBreak } = pick(count, continuing, 'lowest', seed);
    const held = count.v(chosen);
    count.exclude(chosen);
    const transfers = count.transfer(chosen, (p) => p.value);
    count.votes.set(chosen, 0);
    stage = {
      action: 'exclusion',
      candidate: chosen,
      transfers,
      nonTransferable: held - sum(transfers),
      tieBreak,
    };
  }
  return {
    method: 'irv',
    rule: IRV_RULE,
    seats: 1,
    validBallots: count.papers.length,
    quota: null,
    elected: count.elected,
    rounds: count.rounds,
    seed,
  };
}
