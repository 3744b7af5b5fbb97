import { z } from 'zod';
import { language, version } from './domain';
import { listQuery } from './pagination';

export const petitionStates = ['open', 'qualified'] as const;

/**
 * A Members Decide petition. It qualifies when signed by a share of the members in good standing
 * counted when it opened (5% by default); qualifying calls an advisory vote.
 */
export const petition = z.object({
  id: z.number().int(),
  title: z.string(),
  question: z.string(),
  language,
  state: z.enum(petitionStates),
  signatures: z.number().int(),
  threshold: z.number().int(),
  thresholdPercent: z.number(),
  membersInGoodStanding: z.number().int(),
  openedAt: z.string(),
  qualifiedAt: z.string().nullable(),
  /** The advisory vote it called, once qualified. */
  voteId: z.number().int().nullable(),
  signedByMe: z.boolean(),
  openedByMe: z.boolean(),
  version,
});
export type Petition = z.infer<typeof petition>;

export const petitionCreate = z
  .object({
    title: z.string().trim().min(1, 'Give the petition a title').max(200),
    question: z.string().trim().min(1, 'Write the question members would vote on').max(4000),
    /** Defaults to the member's preferred language. */
    language: language.optional(),
  })
  .strict();
export type PetitionCreate = z.infer<typeof petitionCreate>;

export const petitionListQuery = listQuery.extend({ state: z.enum(petitionStates).optional() });
export type PetitionListQuery = z.infer<typeof petitionListQuery>;
