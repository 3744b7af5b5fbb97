import type { TieBreak } from '../vote-results';
import type { RankedCount } from './papers';

/**
 * The lot, drawn reproducibly: FNV-1a of the recorded seed, the stage and the tied candidates,
 * stirred once by mulberry32. Anyone holding the seed (published with the results) draws the same.
 */
export function drawLot(seed: string, stage: number, among: readonly number[]): number {
  const sorted = [...among].sort((a, b) => a - b);
  let h = 2166136261;
  for (const ch of `${seed}:${stage}:${sorted.join(',')}`) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 16777619);
  }
  let t = (h + 0x6d2b79f5) >>> 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  const r = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  return sorted[Math.floor(r * sorted.length)]!;
}

/**
 * Picks the candidate with the lowest (to exclude) or highest (surplus to transfer first) votes.
 * Ties go to the most recent preceding stage at which the tied candidates had unequal votes
 * (SSI 2007/42 rules 49(2) and 51(2)(a)), then to the lot (rules 49(3) and 51(2)(b)).
 */
export function pick(
  count: RankedCount,
  among: readonly number[],
  want: 'lowest' | 'highest',
  seed: string,
): { chosen: number; tieBreak: TieBreak | null } {
  const better = (a: number, b: number) => (want === 'lowest' ? a < b : a > b);
  let best = count.v(among[0]!);
  for (const c of among) if (better(count.v(c), best)) best = count.v(c);
  const tied = among.filter((c) => count.v(c) === best);
  if (tied.length === 1) return { chosen: tied[0]!, tieBreak: null };

  let left = tied;
  // The last history entry is the stage just ended, at which they are tied; look before it.
  for (let s = count.history.length - 2; s >= 0 && left.length > 1; s--) {
    const at = count.history[s]!;
    const values = left.map((c) => at.get(c) ?? 0);
    if (values.every((x) => x === values[0])) continue;
    const target = want === 'lowest' ? Math.min(...values) : Math.max(...values);
    left = left.filter((_, i) => values[i] === target);
    if (left.length === 1) {
      const chosen = left[0]!;
      return {
        chosen,
        tieBreak: { among: tied, decidedBy: 'earlier_stage', stage: s + 1, chosen },
      };
    }
  }
  const stage = count.rounds.length + 1;
  const chosen = drawLot(seed, stage, left);
  return { chosen, tieBreak: { among: tied, decidedBy: 'lot', stage, chosen } };
}
