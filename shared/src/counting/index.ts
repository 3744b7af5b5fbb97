import type { ChoiceOutcome, VoteOutcome } from '../vote-results';
import type { BallotChoices, Candidate, VoteKind } from '../votes';
import { countIrv } from './irv';
import { countStv } from './stv';

export { countIrv, IRV_RULE } from './irv';
export { countStv, STV_RULE } from './stv';
export { drawLot } from './ties';

export function tallyChoices(ballots: readonly BallotChoices[]): ChoiceOutcome {
  const totals = { yes: 0, no: 0, abstain: 0 };
  for (const b of ballots) if ('choice' in b) totals[b.choice]++;
  const result = totals.yes > totals.no ? 'yes' : totals.no > totals.yes ? 'no' : 'tie';
  return { method: 'majority', totals, result };
}

export interface CountSpec {
  kind: VoteKind;
  seats: number | null;
  candidates: readonly Pick<Candidate, 'id'>[];
}

/**
 * The count of a vote from its ballots: what the close step stores and what a recount of the
 * published ballots must reproduce. One seat is counted by instant runoff, several by STV.
 */
export function countVote(
  spec: CountSpec,
  ballots: readonly BallotChoices[],
  seed: string,
): VoteOutcome {
  if (spec.kind !== 'leadership') return tallyChoices(ballots);
  const ids = spec.candidates.map((c) => c.id);
  const rankings = ballots.flatMap((b) => ('ranking' in b ? [b.ranking] : []));
  const seats = spec.seats ?? 1;
  return seats === 1 ? countIrv(ids, rankings, seed) : countStv(ids, seats, rankings, seed);
}
