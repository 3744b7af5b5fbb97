import { createHash, randomBytes } from 'node:crypto';
import type { BallotBody, BallotChoices, FieldIssueParams, Vote } from '@shopfloor/shared';
import { ValidationError } from '../../http/errors';

// Crockford's base32: no I, L, O or U to misread when a voter copies the code down.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A receipt code of 100 random bits, written XXXX-XXXX-XXXX-XXXX-XXXX. */
export function newReceipt(): string {
  const chars = [...randomBytes(20)].map((b) => ALPHABET[b & 31]).join('');
  return chars.match(/.{4}/g)!.join('-');
}

/** What is published beside the ballot: hex SHA-256 of the receipt code exactly as given. */
export function receiptHash(receipt: string): string {
  return createHash('sha256').update(receipt, 'utf8').digest('hex');
}

/**
 * The ballot as it will be stored, or 400 naming what is wrong. A ranked ballot ranks one or more
 * candidates 1, 2, 3… with no rank repeated or skipped and no candidate twice or unknown.
 */
export function readBallot(vote: Vote, body: BallotBody): BallotChoices {
  if (vote.kind !== 'leadership') {
    if (body.rankings)
      throw new ValidationError({
        rankings: { message: 'This vote takes yes, no or abstain', key: 'ballotYesNo' },
      });
    if (!body.choice)
      throw new ValidationError({
        choice: { message: 'Choose yes, no or abstain', key: 'chooseYesNo' },
      });
    return { choice: body.choice };
  }
  if (body.choice)
    throw new ValidationError({
      choice: { message: 'This election takes a ranked ballot', key: 'ballotRanked' },
    });
  const rankings = body.rankings ?? [];
  if (!rankings.length)
    throw new ValidationError({
      rankings: { message: 'Rank at least one candidate', key: 'rankOne' },
    });
  const known = new Set(vote.candidates.map((c) => c.id));
  const fail = (message: string, key: string, params?: FieldIssueParams) =>
    new ValidationError({ rankings: { message, key, params } });
  const unknown = rankings.find((r) => !known.has(r.candidate));
  if (unknown)
    throw fail(`There is no candidate ${unknown.candidate} in this election`, 'noSuchCandidate', {
      candidate: String(unknown.candidate),
    });
  if (new Set(rankings.map((r) => r.candidate)).size !== rankings.length)
    throw fail('Rank each candidate at most once', 'rankCandidateOnce');
  const ranks = rankings.map((r) => r.rank).sort((a, b) => a - b);
  if (new Set(ranks).size !== ranks.length)
    throw fail('Give each rank to one candidate only', 'rankGivenOnce');
  if (ranks.some((rank, i) => rank !== i + 1))
    throw fail('Number your choices 1, 2, 3… without skipping a rank', 'rankWithoutGaps');
  const ordered = [...rankings].sort((a, b) => a.rank - b.rank);
  return { ranking: ordered.map((r) => r.candidate) };
}
