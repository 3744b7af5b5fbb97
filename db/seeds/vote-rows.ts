import { createHash } from 'node:crypto';
import {
  BALLOTS_PUBLISHED_FROM,
  countVote,
  type BallotChoices,
  type Candidate,
  type VoteKind,
  type VoteResults,
} from '@shopfloor/shared';
import type { Rng } from './random';

type Row = Record<string, string | number | boolean | null>;

/** Random hex from the seeded generator, 32 bits a draw. */
function hex(r: Rng, bytes: number): string {
  let out = '';
  while (out.length < bytes * 2)
    out += Math.floor(r.next() * 2 ** 32)
      .toString(16)
      .padStart(8, '0');
  return out.slice(0, bytes * 2);
}

export interface SeededBallot {
  id: string;
  receiptHash: string;
  choices: BallotChoices;
}

/**
 * Anonymous ballot rows for a seeded vote: random keys, and hashes of receipt codes nobody holds.
 * Rows come sorted by key, so not even the insert order follows the order choices were drawn.
 */
export function ballotBox(r: Rng, voteId: number, choices: readonly BallotChoices[]) {
  const ballots: SeededBallot[] = choices
    .map((c) => ({
      id: hex(r, 16),
      receiptHash: createHash('sha256').update(hex(r, 16)).digest('hex'),
      choices: c,
    }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  const rows: Row[] = ballots.map((b) => ({
    id: b.id,
    vote_id: voteId,
    choices_json: JSON.stringify(b.choices),
    receipt_hash: b.receiptHash,
  }));
  return { rows, ballots };
}

/** The results a vote freezes at close, counted by the same function the server uses. */
export function frozenResults(
  vote: { id: number; kind: VoteKind; seats: number | null; candidates: Candidate[] },
  ballots: readonly SeededBallot[],
  at: { closedAt: string; rollSize: number; participation: number; seed: string },
): VoteResults {
  const published = ballots.length >= BALLOTS_PUBLISHED_FROM;
  const byHash = [...ballots].sort((a, b) => (a.receiptHash < b.receiptHash ? -1 : 1));
  return {
    voteId: vote.id,
    kind: vote.kind,
    closedAt: at.closedAt,
    rollSize: at.rollSize,
    participation: at.participation,
    ballotsCast: ballots.length,
    outcome: countVote(
      vote,
      ballots.map((b) => b.choices),
      at.seed,
    ),
    ballotsPublished: published,
    minimumForPublication: BALLOTS_PUBLISHED_FROM,
    ballots: published
      ? byHash.map((b) => ({ receiptHash: b.receiptHash, choices: b.choices }))
      : null,
    receiptHashes: byHash.map((b) => b.receiptHash),
  };
}

/** A yes/no/abstain choice drawn with the given shares. */
export function drawChoice(r: Rng, yes: number, no: number): BallotChoices {
  const x = r.next();
  return { choice: x < yes ? 'yes' : x < yes + no ? 'no' : 'abstain' };
}

/** Two forums (with recordings) and approved statements for and against, in both languages. */
export function materialRows(
  voteId: number,
  ids: { forum: number; statement: number },
  at: { forums: [string, string]; sent: string; userId: number | null },
  statements: { for: [string, string]; against: [string, string] },
): { forums: Row[]; statements: Row[] } {
  const forums = at.forums.map((startsAt, i) => ({
    id: ids.forum + i,
    vote_id: voteId,
    starts_at: startsAt,
    link: `https://meet.example.org/dsa-forum-${voteId}-${i + 1}`,
    recording_url: `https://video.example.org/dsa-forum-${voteId}-${i + 1}`,
    version: 1,
    created_at: at.sent,
    updated_at: at.sent,
  }));
  const rows = (['for', 'against'] as const).map((side, i) => ({
    id: ids.statement + i,
    vote_id: voteId,
    side,
    text_en: statements[side][0],
    text_es: statements[side][1],
    status: 'approved',
    author_user_id: null,
    reviewed_by_user_id: at.userId,
    reviewed_at: at.sent,
    version: 1,
    created_at: at.sent,
    updated_at: at.sent,
  }));
  return { forums, statements: rows };
}
