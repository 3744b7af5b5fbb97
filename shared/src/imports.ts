import { z } from 'zod';
import { language } from './domain';

/** Fields a roster column can be mapped to. */
export const rosterFields = [
  'akId',
  'firstName',
  'lastName',
  'email',
  'phone',
  'zip',
  'preferredLanguage',
  'joinedOn',
  'lapsedOn',
  'status',
  'recruitmentSource',
  'recruitedBy',
  'unionMember',
  'unionName',
  'unionLocal',
  'unionStaff',
] as const;
export type RosterField = (typeof rosterFields)[number];

/** The template's language: English unless asked for. */
export const templateQuery = z.object({ lang: language.optional() });

export const importQuery = z.object({
  dryRun: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  skipRejected: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  /** JSON object from a column header, as written in the file, to a roster field or "ignore". */
  mapping: z
    .string()
    .max(10_000)
    .optional()
    .transform((v, ctx) => {
      if (!v) return undefined;
      try {
        const parsed = z
          .record(z.string(), z.enum([...rosterFields, 'ignore']))
          .parse(JSON.parse(v));
        return parsed;
      } catch {
        ctx.addIssue({
          code: 'custom',
          message: 'mapping must be a JSON object from column header to a roster field or "ignore"',
        });
        return z.NEVER;
      }
    }),
});
export type ImportQuery = z.infer<typeof importQuery>;

/** Why a roster line is rejected. Stable: clients word each one in their reader's language. */
export const importProblemCodes = [
  /** params: value, max */
  'too_long',
  /** params: value (also for the other cell problems below) */
  'not_a_date',
  /** Neither 5 digits nor ZIP+4. */
  'not_a_zip',
  /** Well formed, but no US ZIP code. */
  'unknown_zip',
  'not_an_email',
  'not_yes_no',
  'not_a_language',
  'not_a_status',
  /** params: value, allowed (the sources a cell may name, comma-separated) */
  'not_a_source',
  /** A first or last name cell is empty. */
  'blank',
  /** No column of the file is mapped to a field every line needs (`field`). */
  'not_mapped',
  /** Neither AK_ID nor email is given; `column` is the AK_ID's, params: emailColumn */
  'no_identity',
  /** params: value, line (the earlier line with the same AK_ID or email) */
  'same_person',
  /** params: value, line (the earlier line matched to the same member of the roster) */
  'same_member',
  /** params: value (an AK_ID of another chapter's member) */
  'other_chapter',
] as const;
export type ImportProblemCode = (typeof importProblemCodes)[number];

export const importProblem = z.object({
  code: z.enum(importProblemCodes),
  /** The roster field at fault, where there is one. */
  field: z.enum(rosterFields).optional(),
  /** The column at fault as the file names it (or the template's name for an unmapped field). */
  column: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  /** The problem in English, as in `errors`. */
  message: z.string(),
});
export type ImportProblem = z.infer<typeof importProblem>;

export const importResult = z.object({
  dryRun: z.boolean(),
  committed: z.boolean(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  rejected: z.array(
    z.object({
      line: z.number().int(),
      /** Each problem in English; kept for the clients that read no `problems`. */
      errors: z.array(z.string()),
      /** The same problems, one each, as codes with their parameters (absent from older servers). */
      problems: z.array(importProblem).optional(),
    }),
  ),
  columns: z.array(z.object({ header: z.string(), field: z.string().nullable() })),
});
export type ImportResult = z.infer<typeof importResult>;
