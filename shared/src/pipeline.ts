import { z } from 'zod';
import { campaignStage } from './domain';
import { count, nationalStats } from './stats';

/**
 * The national campaign pipeline. Counts are suppressed for the national role; a rate or median
 * drawn from fewer campaigns than the threshold is null for it.
 */
export const pipelineStats = z.object({
  suppressionThreshold: z.number().int().nullable(),
  total: count,
  byStage: z.record(z.string(), count),
  byIndustry: z.record(z.string(), count),
  byRegion: z.record(z.string(), count),
  byApproval: z.record(z.string(), count),
  /** Of the campaigns that entered `from`, the share that later entered `to` (stage history). */
  conversion: z.array(
    z.object({
      from: campaignStage,
      to: campaignStage,
      reached: count,
      advanced: count,
      rate: z.number().nullable(),
    }),
  ),
  /** Median length in days of the finished stays in each stage (entered, then left). */
  medianDaysInStage: z.record(
    z.string(),
    z.object({ median: z.number().nullable(), stays: count }),
  ),
  /** won / (won + lost), by current stage. */
  winRate: z.object({ won: count, lost: count, rate: z.number().nullable() }),
});
export type PipelineStats = z.infer<typeof pipelineStats>;

/** `GET /api/stats/national` with its pipeline section. */
export const nationalStatsWithPipeline = nationalStats.extend({ pipeline: pipelineStats });

export const employerSearchQuery = z.object({
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});
export type EmployerSearchQuery = z.infer<typeof employerSearchQuery>;

/** An employer across chapters, keyed by its normalized name (normalizeEmployer). */
export const employerSummary = z.object({
  key: z.string(),
  employer: z.string(),
  sites: count,
  chapters: z.number().int(),
  states: z.number().int(),
  members: count,
  publicCampaigns: count,
});
export type EmployerSummary = z.infer<typeof employerSummary>;

/**
 * One employer's sites across chapters. Campaigns that have not gone public are counted by state
 * only (`confidentialCampaigns`); public ones are listed with their site.
 */
export const employerRollup = z.object({
  key: z.string(),
  employer: z.string(),
  names: z.array(z.string()),
  suppressionThreshold: z.number().int().nullable(),
  totals: z.object({
    sites: count,
    chapters: z.number().int(),
    states: z.number().int(),
    members: count,
  }),
  byState: z.array(
    z.object({
      state: z.string(),
      sites: count,
      members: count,
      publicCampaigns: count,
      confidentialCampaigns: count,
    }),
  ),
  byChapter: z.array(
    z.object({
      chapterId: z.number().int(),
      chapter: z.string(),
      state: z.string(),
      sites: count,
      members: count,
    }),
  ),
  campaignsByStage: z.record(z.string(), count),
  publicCampaigns: z.array(
    z.object({
      id: z.number().int(),
      chapterId: z.number().int(),
      stage: campaignStage,
      siteName: z.string().nullable(),
      city: z.string().nullable(),
      state: z.string().nullable(),
      publicSince: z.string(),
    }),
  ),
});
export type EmployerRollup = z.infer<typeof employerRollup>;

export const employerKeyParams = z.object({
  key: z.string().trim().min(1).max(160),
});
