import type { SouthCoverage } from '@shopfloor/shared';

export type SouthState = SouthCoverage['states'][number];

/** What the map's states are shaded by. */
export const southMeasures = ['committees', 'mapped'] as const;
export type SouthMeasure = (typeof southMeasures)[number];

/** ColorBrewer YlGnBu, light to dark: ordered, and readable by most kinds of colour vision. */
const ramp = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'] as const;

/** Nothing to shade by: no chapter, or no members. */
export const NONE_FILL = '#f7f6f2';
/** A share hidden with a small count, where the hatch cannot be drawn. */
export const HIDDEN_FALLBACK = '#c9c6bd';

/** How far a state's chapters have labor committees: none, some, or every one. */
export const committeeClasses = [
  'noChapter',
  'noCommittee',
  'someCommittees',
  'allCommittees',
] as const;
export type CommitteeClass = (typeof committeeClasses)[number];

export const committeeColors: Record<CommitteeClass, string> = {
  noChapter: NONE_FILL,
  noCommittee: ramp[0],
  someCommittees: ramp[2],
  allCommittees: ramp[4],
};

export function committeeClass(s: Pick<SouthState, 'chapters' | 'chaptersWithLaborCommittee'>) {
  if (s.chapters === 0) return 'noChapter';
  if (s.chaptersWithLaborCommittee === 0) return 'noCommittee';
  return s.chaptersWithLaborCommittee < s.chapters ? 'someCommittees' : 'allCommittees';
}

/** The share-mapped scale's five steps, as 0–20%, 20–40%… */
export const shareSteps = ramp.map((color, i) => ({ from: i / 5, to: (i + 1) / 5, color }));

export function shareColor(share: number): string {
  const i = Math.min(ramp.length - 1, Math.max(0, Math.floor(share * ramp.length)));
  return ramp[i]!;
}

/** A state's fill: a colour, the hatch of a hidden share, or the pale "nothing here". */
export type Shade = { kind: 'color'; color: string } | { kind: 'hidden' } | { kind: 'none' };

export function shadeOf(s: SouthState | undefined, measure: SouthMeasure): Shade {
  if (!s) return { kind: 'none' };
  if (measure === 'committees') return { kind: 'color', color: committeeColors[committeeClass(s)] };
  if (s.mappedShare !== null) return { kind: 'color', color: shareColor(s.mappedShare) };
  // No members is nothing to shade; members with a hidden part of them is a hidden share.
  return s.members === 0 ? { kind: 'none' } : { kind: 'hidden' };
}

/** The South, from West Texas to Delaware and from the Keys to West Virginia. */
export const SOUTH_BOUNDS: [[number, number], [number, number]] = [
  [24.3, -106.8],
  [40.7, -74.9],
];
