import { z } from 'zod';

/** A count that may come back suppressed ("<5") for the national role. */
export const count = z.union([z.number().int(), z.string()]);

export const stateFigures = z.object({
  state: z.string(),
  members: count,
  membersMapped: count,
  workplaces: count,
  activeCampaigns: count,
  recruitsLast90Days: count,
  chapters: z.number().int(),
  chaptersWithLaborCommittee: z.number().int(),
});

export const nationalStats = z.object({
  suppressionThreshold: z.number().int(),
  totals: z.object({
    members: count,
    membersInGoodStanding: count,
    membersMapped: count,
    workplaces: count,
    chapters: z.number().int(),
    chaptersWithLaborCommittee: z.number().int(),
  }),
  byRegion: z.array(
    z.object({
      region: z.string(),
      members: count,
      membersMapped: count,
      chapters: z.number().int(),
    }),
  ),
  byState: z.array(stateFigures),
  byOrganizingStatus: z.record(z.string(), count),
  south: z.object({
    members: count,
    membersMapped: count,
    chapters: z.number().int(),
    chaptersWithLaborCommittee: z.number().int(),
  }),
});
export type NationalStats = z.infer<typeof nationalStats>;
