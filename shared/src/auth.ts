import { z } from 'zod';
import { language, role } from './domain';

export const loginBody = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .email({ message: 'Enter the email address you log in with' })
    .max(254),
  password: z.string().min(1, 'Enter your password').max(1024),
});
export type LoginBody = z.infer<typeof loginBody>;

export const sessionUser = z.object({
  id: z.number().int(),
  email: z.string(),
  role,
  chapterId: z.number().int().nullable(),
  memberId: z.number().int().nullable(),
  language,
});
export type SessionUser = z.infer<typeof sessionUser>;

export const sessionResponse = z.object({ user: sessionUser, csrfToken: z.string() });
export type SessionResponse = z.infer<typeof sessionResponse>;

export const languageUpdate = z.object({ language });
