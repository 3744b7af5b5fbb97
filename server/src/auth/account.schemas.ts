import { z } from 'zod';
import { PASSWORD_MAX_LENGTH } from './password-policy';

// The account routes' schemas. They belong in @shopfloor/shared beside loginBody once that
// package takes them; until then the client keeps matching types in its account feature.

export const totpCode = z
  .string()
  .trim()
  .regex(/^\d{6}$/, 'Enter the 6 digits your authenticator app shows');

export const twoFactorStatus = z.object({ enabled: z.boolean(), required: z.boolean() });

export const passwordChange = z.object({
  currentPassword: z.string().min(1, 'Enter your current password').max(1024),
  // Length and the other rules are checked by the service, which knows the email too.
  newPassword: z
    .string()
    .min(1, 'Enter a new password')
    .max(PASSWORD_MAX_LENGTH * 4),
});

export const sessionItem = z.object({
  id: z.string(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  userAgent: z.string().nullable(),
  current: z.boolean(),
});

export const sessionIdParams = z.object({
  publicId: z.string().regex(/^[\w-]{8,64}$/, 'Not a session id'),
});

export const twoFactorSetup = z.object({
  secret: z.string(),
  otpauthUrl: z.string(),
  qrSvg: z.string(),
});

export const twoFactorDisable = z.object({
  code: totpCode,
  password: z.string().min(1, 'Enter your password').max(1024),
});
