import { z } from 'zod';
import { chapterSizeClass } from './domain';
import { count } from './stats';

/**
 * Coverage figures for a group of Southern chapters. Members are members in good standing;
 * mapped ones have a current workplace on record; `mappedShare` is null when either count is
 * suppressed or there are no members. Campaigns are counted by their chapter (not won, lost or
 * paused). Chapters, committees, delegates and pods are organizational facts, never suppressed.
 */
export const coverageFigures = z.object({
  chapters: z.number().int(),
  chaptersWithLaborCommittee: z.number().int(),
  /** Central Labor Council representation: chapters with a delegate on their local CLC. */
  chaptersWithClcDelegate: z.number().int(),
  pods: z.number().int(),
  members: count,
  membersMapped: count,
  mappedShare: z.number().nullable(),
  activeCampaigns: count,
});
export type CoverageFigures = z.infer<typeof coverageFigures>;

export const southGap = z.object({
  chapterId: z.number().int(),
  name: z.string(),
  state: z.string(),
  sizeClass: chapterSizeClass,
  members: count,
  hasLaborCommittee: z.boolean(),
  hasClcDelegate: z.boolean(),
  pods: z.number().int(),
  missing: z.array(z.enum(['labor_committee', 'pod'])),
  /** Reserve organizers whose supported states include the chapter's. */
  reserveOrganizers: z.number().int(),
});
export type SouthGap = z.infer<typeof southGap>;

export const southTrendPoint = z.object({
  month: z.string(),
  members: count,
  membersMapped: count,
  mappedShare: z.number().nullable(),
});

/**
 * `GET /api/stats/south`: the South is the configured list of states (the Census South by
 * default); every one of them is listed, with zeros where there is no chapter.
 */
export const southCoverage = z.object({
  suppressionThreshold: z.number().int().nullable(),
  states: z.array(
    coverageFigures.extend({
      state: z.string(),
      name: z.string(),
      /** Reserve organizers (opted in, in good standing) whose supported states include this one. */
      reserveOrganizers: z.number().int(),
    }),
  ),
  totals: coverageFigures.extend({
    /** Distinct reserve organizers able to help somewhere in the South. */
    reserveOrganizers: z.number().int(),
    /** Region-wide pods for the South (not tied to a chapter). */
    regionPods: z.number().int(),
  }),
  bySizeClass: z.array(coverageFigures.extend({ sizeClass: chapterSizeClass })),
  /** Southern chapters without a labor committee or without a pod, most members first. */
  gaps: z.array(southGap),
  /** The 24 months ending with this one. */
  trend: z.object({
    months: z.array(southTrendPoint),
    /** Labor committees are recorded as they are now, without dates: no monthly history. */
    committeeHistory: z.literal('not_recorded'),
    note: z.string(),
  }),
});
export type SouthCoverage = z.infer<typeof southCoverage>;
