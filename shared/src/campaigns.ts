import { z } from 'zod';
import { campaignStage, type CampaignStage, version } from './domain';

export const campaignKinds = ['union_drive', 'demand', 'solidarity'] as const;
export const campaignKind = z.enum(campaignKinds);
export const campaignPrograms = ['ewoc', 'rop', 'healthcare', 'other', 'none'] as const;
export const campaignProgram = z.enum(campaignPrograms);
export const approvalStates = ['none', 'submitted', 'approved', 'declined'] as const;
export const outcomes = ['won', 'lost', 'paused'] as const;

/** Reaching one of these stages makes a campaign public; its employer and site were confidential before. */
export const publicStages: readonly CampaignStage[] = ['public', 'election', 'bargaining', 'won'];
export function isPublicStage(stage: CampaignStage): boolean {
  return publicStages.includes(stage);
}
/** The forward order of the pipeline; `won`, `lost` and `paused` end it. */
export const pipelineStages = [
  'mapping',
  'committee',
  'majority',
  'public',
  'election',
  'bargaining',
] as const;
export const endStages = ['won', 'lost', 'paused'] as const;

/**
 * Moving to an earlier stage, or out of an ending, needs a note saying why. The server enforces it;
 * the client asks for the note before the round trip.
 */
export function isBackwards(from: CampaignStage, to: CampaignStage): boolean {
  const ends: readonly string[] = endStages;
  if (ends.includes(to)) return false;
  if (ends.includes(from)) return true;
  const order: readonly string[] = pipelineStages;
  return order.indexOf(to) < order.indexOf(from);
}

export const assessments = z
  .object({
    1: z.number().int().min(0),
    2: z.number().int().min(0),
    3: z.number().int().min(0),
    4: z.number().int().min(0),
    5: z.number().int().min(0),
  })
  .strict();

export const campaign = z.object({
  id: z.number().int(),
  workplaceId: z.number().int(),
  chapterId: z.number().int(),
  kind: campaignKind,
  program: z.string().nullable(),
  partnerUnion: z.string().nullable(),
  unitSize: z.number().int().nullable(),
  assessments,
  supportShare: z.number().nullable(),
  stage: campaignStage,
  approval: z.enum(approvalStates),
  outcome: z.enum(outcomes).nullable(),
  industry: z.string().nullable(),
  state: z.string().nullable(),
  startedOn: z.string(),
  isPublic: z.boolean(),
  employer: z.string().optional(),
  siteName: z.string().nullable().optional(),
  version,
});
export type Campaign = z.infer<typeof campaign>;

/**
 * A campaign as the server sends it: with the DSLC approval's metrics or reason, the honest
 * appraisal, and whether assessed supporters pass the majority line (supportShare > 0.5).
 */
export const campaignRecord = campaign.extend({
  approvalMetrics: z.string().nullable(),
  approvalReason: z.string().nullable(),
  appraisalWorked: z.string().nullable(),
  appraisalDidnt: z.string().nullable(),
  majority: z.boolean(),
  publicSince: z.string().nullable(),
});
export type CampaignRecord = z.infer<typeof campaignRecord>;

const longText = z
  .string()
  .trim()
  .max(4000)
  .transform((v) => (v === '' ? null : v))
  .nullable();

/**
 * A DSLC approval decision. National staff and admins decide; a chapter may only submit its own
 * campaign. Approving needs the metrics of success, declining a reason.
 */
export const approvalChange = z
  .object({
    decision: z.enum(['submitted', 'approved', 'declined']),
    metrics: longText.optional(),
    reason: longText.optional(),
    version,
  })
  .strict()
  .superRefine((a, ctx) => {
    if (a.decision === 'approved' && !a.metrics)
      ctx.addIssue({
        code: 'custom',
        path: ['metrics'],
        message: 'Approving a campaign needs its metrics of success',
        params: { i18n: 'metricsNeeded' },
      });
    if (a.decision === 'declined' && !a.reason)
      ctx.addIssue({
        code: 'custom',
        path: ['reason'],
        message: 'Declining needs a reason',
        params: { i18n: 'reasonNeeded' },
      });
  });
export type ApprovalChange = z.infer<typeof approvalChange>;

export const campaignCreate = z
  .object({
    workplaceId: z.number().int().positive(),
    kind: campaignKind.default('union_drive'),
    program: campaignProgram.nullable().optional(),
    partnerUnion: z.string().trim().max(120).nullable().optional(),
    unitSize: z.number().int().min(1).max(1_000_000).nullable().optional(),
    assessments: assessments.optional(),
    startedOn: z.iso.date().optional(),
  })
  .strict();
export type CampaignCreate = z.infer<typeof campaignCreate>;

export const campaignPatch = z
  .object({
    kind: campaignKind,
    program: campaignProgram.nullable(),
    partnerUnion: z.string().trim().max(120).nullable(),
    unitSize: z.number().int().min(1).max(1_000_000).nullable(),
    assessments,
    appraisalWorked: longText,
    appraisalDidnt: longText,
  })
  .partial()
  .extend({ version })
  .strict();
export type CampaignPatch = z.infer<typeof campaignPatch>;

export const stageChange = z
  .object({ stage: campaignStage, note: z.string().trim().max(2000).optional(), version })
  .strict();
export type StageChange = z.infer<typeof stageChange>;

/** Share of assessed workers at 1 or 2 (supporters) out of the unit; the majority line is 0.5. */
export function supportShare(
  a: Record<1 | 2 | 3 | 4 | 5, number>,
  unitSize: number | null,
): number | null {
  if (!unitSize) return null;
  return Math.round(((a[1] + a[2]) / unitSize) * 1000) / 1000;
}

export const campaignListQuery = z.object({
  chapterId: z.coerce.number().int().positive().optional(),
  workplaceId: z.coerce.number().int().positive().optional(),
  stage: campaignStage.optional(),
  approval: z.enum(approvalStates).optional(),
  industry: z.string().max(8).optional(),
  state: z.string().length(2).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  cursor: z.string().regex(/^\d+$/).optional(),
});
export type CampaignListQuery = z.infer<typeof campaignListQuery>;
