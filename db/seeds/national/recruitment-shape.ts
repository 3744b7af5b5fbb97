import type { Rng } from '../random';
import type { ChapterPlan } from './chapters';
import type { Row } from './time';

/** A month's join-source pull: [month, source, share of that month's online joins it takes]. */
const pulls: [string, string, number][] = [
  ['2024-11', 'event', 0.35], // the election: packed meetings and tabling
  ['2025-08', 'event', 0.45], // convention
  ['2026-05', 'event', 0.3], // May Day
  ['2026-02', 'campaign', 0.3], // the hospital drive goes public
  ['2026-03', 'campaign', 0.25],
];

/**
 * Gives the recruitment charts the shape of a strategy taking hold: joins recruited at work grow
 * over the last two years (mapping and pods spread), events pull members in some months, and
 * Southern campaigns recruit through 2026. Only `recruitment_source` changes, with its own rng.
 */
export function shapeRecruitment(
  r: Rng,
  members: Row[],
  employed: ReadonlySet<number>,
  chapters: readonly ChapterPlan[],
  today: Date,
): void {
  const south = new Set(chapters.filter((c) => c.isSouth).map((c) => c.id));
  const startMs = today.getTime() - 730 * 86400_000;
  for (const m of members) {
    const joined = m.joined_on as string | null;
    if (!joined || Date.parse(joined) < startMs) continue;
    const month = joined.slice(0, 7);
    const source = m.recruitment_source as string;
    // 0 two years ago, 1 now: how far the workplace strategy has come.
    const progress = (Date.parse(joined) - startMs) / (today.getTime() - startMs);
    if (
      employed.has(m.id as number) &&
      (source === 'online' || source === 'other') &&
      r.chance(0.3 * progress)
    ) {
      m.recruitment_source = 'workplace';
      continue;
    }
    const pull = pulls.find(
      ([mo, , share]) => mo === month && source === 'online' && r.chance(share),
    );
    if (pull) {
      m.recruitment_source = pull[1];
      continue;
    }
    if (
      south.has(m.chapter_id as number) &&
      month >= '2026-01' &&
      source === 'online' &&
      r.chance(0.2)
    )
      m.recruitment_source = 'campaign';
  }
}
