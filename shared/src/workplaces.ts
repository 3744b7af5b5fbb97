import { z } from 'zod';
import { campaignStage, optionalText, unionStatus, version, workplaceSize } from './domain';
import { zip5 } from './geo';
import { industryCode } from './naics';

export const workplace = z.object({
  id: z.number().int(),
  chapterId: z.number().int(),
  employer: z.string(),
  siteName: z.string().nullable(),
  address: z.string().nullable(),
  city: z.string().nullable(),
  state: z.string().nullable(),
  zip: z.string(),
  lat: z.number().nullable(),
  lng: z.number().nullable(),
  industry: z.string().nullable(),
  size: z.string().nullable(),
  unionStatus,
  unionName: z.string().nullable(),
  confirmed: z.boolean(),
  version,
});
export type Workplace = z.infer<typeof workplace>;

export const workplaceFields = z.object({
  employer: z.string().trim().min(1, 'Employer is required').max(160),
  siteName: optionalText(160),
  address: optionalText(200),
  zip: zip5,
  industry: industryCode.nullable(),
  size: workplaceSize.nullable(),
  unionStatus,
  unionName: optionalText(120),
});
export const workplaceCreate = workplaceFields
  .partial()
  .required({ employer: true, zip: true })
  .strict();
export type WorkplaceCreate = z.infer<typeof workplaceCreate>;
export const workplacePatch = workplaceFields
  .partial()
  .extend({ version, confirmed: z.boolean().optional() })
  .strict();
export type WorkplacePatch = z.infer<typeof workplacePatch>;

/** Lower-cased, punctuation and corporate suffixes removed: "Wal-Mart Stores, Inc." → "wal mart stores". */
export function normalizeEmployer(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\b(inc|incorporated|llc|l l c|corp|corporation|co|company|ltd|the)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export const workplaceSummary = workplace.extend({
  members: z.number().int(),
  /** The workplace's newest campaign, if any: its stage is the workplace's status in the table. */
  campaign: z.object({ id: z.number().int(), stage: campaignStage, version }).nullable(),
});
export type WorkplaceSummary = z.infer<typeof workplaceSummary>;

export const workplaceListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().regex(/^\d+$/, 'Use the nextCursor of the previous page').optional(),
  q: z.string().trim().max(100).optional(),
  industry: industryCode.optional(),
  unionStatus: unionStatus.optional(),
  confirmed: z.enum(['yes', 'no']).optional(),
  stage: z.union([campaignStage, z.literal('none')]).optional(),
  /** Where a pod's members work now (and a workplace pod's unit). */
  pod: z.coerce.number().int().positive().optional(),
  sort: z
    .enum(['employer', '-employer', 'members', '-members', 'updated', '-updated'])
    .default('employer'),
});
export type WorkplaceListQuery = z.infer<typeof workplaceListQuery>;

export const workplaceMerge = z.object({ intoId: z.number().int().positive(), version }).strict();

/** What a member tells us about where they work (PATCH /api/me/workplace). */
export const selfReport = z
  .object({
    workplaceId: z.number().int().positive().optional(),
    employer: z.string().trim().min(1, 'Tell us who you work for').max(160),
    siteName: optionalText(160).optional(),
    zip: zip5,
    industry: industryCode.nullable().optional(),
    jobTitle: optionalText(120).optional(),
    unionMember: z.boolean().optional(),
    unionName: optionalText(120).optional(),
    unionLocal: optionalText(60).optional(),
    unionStaff: z.boolean().optional(),
  })
  .strict();
export type SelfReport = z.infer<typeof selfReport>;
