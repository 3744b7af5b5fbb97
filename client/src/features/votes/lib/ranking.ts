import type { Candidate } from '@shopfloor/shared';

/** The rank the voter gave each candidate, by candidate id; null when not ranked. */
export type Ranks = Record<number, number | null>;

export type RankingProblem =
  | { kind: 'empty' }
  | { kind: 'repeated'; rank: number; candidates: number[] }
  | { kind: 'skipped'; missing: number; candidates: number[] };

export type RankingCheck =
  | { ok: true; rankings: { candidate: number; rank: number }[] }
  | { ok: false; problem: RankingProblem };

/**
 * The rules the server applies, checked before sending so the voter can fix them in place: at
 * least one candidate ranked, each number used once, and 1, 2, 3… with no number skipped.
 * `candidates` on a problem are the ones to change.
 */
export function checkRanking(candidates: readonly Candidate[], ranks: Ranks): RankingCheck {
  const ranked = candidates.flatMap((c) => {
    const rank = ranks[c.id];
    return rank ? [{ candidate: c.id, rank }] : [];
  });
  if (ranked.length === 0) return { ok: false, problem: { kind: 'empty' } };
  const byRank = new Map<number, number[]>();
  for (const r of ranked) byRank.set(r.rank, [...(byRank.get(r.rank) ?? []), r.candidate]);
  const repeated = [...byRank.entries()]
    .sort(([a], [b]) => a - b)
    .find(([, ids]) => ids.length > 1);
  if (repeated) {
    return { ok: false, problem: { kind: 'repeated', rank: repeated[0], candidates: repeated[1] } };
  }
  const highest = Math.max(...byRank.keys());
  for (let rank = 1; rank <= highest; rank++) {
    if (!byRank.has(rank)) {
      const after = ranked.filter((r) => r.rank > rank).map((r) => r.candidate);
      return { ok: false, problem: { kind: 'skipped', missing: rank, candidates: after } };
    }
  }
  return { ok: true, rankings: [...ranked].sort((a, b) => a.rank - b.rank) };
}
