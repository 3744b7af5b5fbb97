import { z } from 'zod';

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

export const importResult = z.object({
  dryRun: z.boolean(),
  committed: z.boolean(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  rejected: z.array(z.object({ line: z.number().int(), errors: z.array(z.string()) })),
  columns: z.array(z.object({ header: z.string(), field: z.string().nullable() })),
});
export type ImportResult = z.infer<typeof importResult>;
