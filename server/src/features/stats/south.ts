import type { CoverageFigures } from '@shopfloor/shared';
import type { ChapterRow } from '../chapters/chapters.repository';
import type { ChapterCounts } from './south.repository';
import type { Suppressor } from './suppressor';

/** Exact coverage counts of a group of chapters. */
export interface RawCoverage {
  chapters: number;
  withCommittee: number;
  withClc: number;
  pods: number;
  members: number;
  mapped: number;
  campaigns: number;
}

export interface ChapterFacts {
  chapter: ChapterRow;
  counts: ChapterCounts;
  pods: number;
  campaigns: number;
}

export function sumCoverage(chapters: readonly ChapterFacts[]): RawCoverage {
  const out: RawCoverage = {
    chapters: 0,
    withCommittee: 0,
    withClc: 0,
    pods: 0,
    members: 0,
    mapped: 0,
    campaigns: 0,
  };
  for (const c of chapters) {
    out.chapters++;
    if (c.chapter.hasLaborCommittee) out.withCommittee++;
    if (c.chapter.hasClcDelegate) out.withClc++;
    out.pods += c.pods;
    out.members += c.counts.members;
    out.mapped += c.counts.mapped;
    out.campaigns += c.campaigns;
  }
  return out;
}

const organizational = (r: RawCoverage) => ({
  chapters: r.chapters,
  chaptersWithLaborCommittee: r.withCommittee,
  chaptersWithClcDelegate: r.withClc,
  pods: r.pods,
});

/** One group's figures on their own (a total). */
export function presentTotal(r: RawCoverage, s: Suppressor): CoverageFigures {
  const members = s.count(r.members);
  const membersMapped = s.count(r.mapped);
  return {
    ...organizational(r),
    members,
    membersMapped,
    mappedShare: s.share(membersMapped, members),
    activeCampaigns: s.count(r.campaigns),
  };
}

/** Groups shown beside their total: each count is a breakdown with complementary suppression. */
export function presentGroups<K extends string>(
  groups: Record<K, RawCoverage>,
  s: Suppressor,
): Record<K, CoverageFigures> {
  const keys = Object.keys(groups) as K[];
  const pick = (f: (r: RawCoverage) => number) =>
    Object.fromEntries(keys.map((k) => [k, f(groups[k])])) as Record<K, number>;
  const members = s.parts(pick((r) => r.members));
  const mapped = s.parts(pick((r) => r.mapped));
  const campaigns = s.parts(pick((r) => r.campaigns));
  return Object.fromEntries(
    keys.map((k) => [
      k,
      {
        ...organizational(groups[k]),
        members: members[k],
        membersMapped: mapped[k],
        mappedShare: s.share(mapped[k], members[k]),
        activeCampaigns: campaigns[k],
      },
    ]),
  ) as Record<K, CoverageFigures>;
}

/**
 * Southern chapters with no labor committee or no pod, most members first. For a caller who sees
 * small counts suppressed, those chapters sort as one size (by name), so the order tells nothing.
 */
export function gapsOf(chapters: readonly ChapterFacts[], s: Suppressor) {
  const size = (c: ChapterFacts) => (s.isSmall(c.counts.members) ? 1 : c.counts.members);
  return chapters
    .filter((c) => !c.chapter.hasLaborCommittee || c.pods === 0)
    .sort((a, b) => size(b) - size(a) || a.chapter.name.localeCompare(b.chapter.name))
    .map((c) => ({
      chapterId: c.chapter.id,
      name: c.chapter.name,
      state: c.chapter.state,
      sizeClass: c.chapter.sizeClass,
      members: s.count(c.counts.members),
      hasLaborCommittee: c.chapter.hasLaborCommittee,
      hasClcDelegate: c.chapter.hasClcDelegate,
      pods: c.pods,
      missing: [
        ...(c.chapter.hasLaborCommittee ? [] : ['labor_committee' as const]),
        ...(c.pods === 0 ? ['pod' as const] : []),
      ],
    }));
}
