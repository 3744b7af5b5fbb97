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

export const errorBody = z.object({
  error: z.object({
    code: z.enum(errorCodes),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBody>;
