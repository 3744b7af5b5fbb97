import { z } from 'zod';

export const errorCodes = [
  'validation',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'stale_version',
  'payload_too_large',
  'rate_limited',
  'csrf',
  'unavailable',
  'internal',
  // Login with two-factor: the code is needed, is wrong, or the role must enrol first.
  'totp_required',
  'totp_invalid',
  'totp_enrolment_required',
] as const;

/** A value that can travel in an issue's params: what a translated sentence interpolates. */
const issueParam = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.null(),
  z.array(z.union([z.string(), z.number(), z.boolean(), z.null()])),
]);

/**
 * Why a field was refused, in a form a client can translate: zod's issue code (too_small, too_big,
 * invalid_format, invalid_type, invalid_value, custom…) and its parameters (minimum, maximum,
 * origin, format, expected, values…). A refinement or a service passes a stable sentence key as
 * `params.i18n`. `fields` keeps the English sentence for clients that only read that.
 */
export const fieldIssue = z.object({
  field: z.string(),
  code: z.string(),
  params: z.record(z.string(), issueParam).optional(),
});
export type FieldIssue = z.infer<typeof fieldIssue>;
export type FieldIssueParams = NonNullable<FieldIssue['params']>;

export const errorBody = z.object({
  error: z.object({
    code: z.enum(errorCodes),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
    issues: z.array(fieldIssue).optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBody>;
