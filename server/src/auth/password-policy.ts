import { PASSWORD_MIN_LENGTH } from './passwords';

/** Longer than anyone types, short enough that hashing it costs nothing extra. */
export const PASSWORD_MAX_LENGTH = 200;

/**
 * A short list, not a breach corpus: the most common passwords that pass the length rule, and the
 * demo password printed in the README. Compared case-insensitively.
 */
const COMMON = new Set([
  'password1234',
  'password12345',
  'password123456',
  'passwordpassword',
  '123456789012',
  '1234567890123',
  '12345678901234',
  'qwertyuiop12',
  'qwerty123456',
  '1q2w3e4r5t6y',
  'qwertyuiopasdf',
  'iloveyou1234',
  'abc123456789',
  'letmein12345',
  'welcome12345',
  'changeme1234',
  'administrator',
  'shopfloor-demo',
  'shopfloor1234',
  'solidarityforever',
]);

/** Why a new password is refused, or null when it is acceptable (ASVS 2.1). */
export function newPasswordProblem(password: string, email: string): string | null {
  return newPasswordRefusal(password, email)?.message ?? null;
}

/** The same refusal with its sentence key, for a client that translates it. */
export function newPasswordRefusal(
  password: string,
  email: string,
): { message: string; key: string; params?: { min?: number; max?: number } } | null {
  if (password.length < PASSWORD_MIN_LENGTH)
    return {
      message: `Use at least ${PASSWORD_MIN_LENGTH} characters`,
      key: 'passwordTooShort',
      params: { min: PASSWORD_MIN_LENGTH },
    };
  if (password.length > PASSWORD_MAX_LENGTH)
    return {
      message: `Use at most ${PASSWORD_MAX_LENGTH} characters`,
      key: 'passwordTooLong',
      params: { max: PASSWORD_MAX_LENGTH },
    };
  const lower = password.toLowerCase();
  if (lower === email.toLowerCase() || lower === email.toLowerCase().split('@')[0])
    return { message: 'Do not use your email address as your password', key: 'passwordIsEmail' };
  if (COMMON.has(lower) || /^(.)\1+$/.test(password))
    return {
      message: 'That password is too common: choose one that is harder to guess',
      key: 'passwordTooCommon',
    };
  return null;
}
