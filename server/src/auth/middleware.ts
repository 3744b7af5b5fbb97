import { timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Config } from '../config';
import { AppError } from '../http/errors';
import type { AuthService, ResolvedSession } from './auth.service';
import { newToken } from './sessions.repository';

export const SESSION_COOKIE = 'sf_session';
export const ANON_CSRF_COOKIE = 'sf_csrf';

declare module 'express-serve-static-core' {
  interface Request {
    session?: ResolvedSession | null;
  }
}

export function cookieOptions(config: Config, maxAgeMs?: number) {
  return {
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: config.secureCookies,
    path: '/',
    maxAge: maxAgeMs,
  };
}

/** Loads the session, if any, from the cookie onto the request. */
export function loadSession(auth: AuthService) {
  return async (req: Request, _res: Response, next: NextFunction) => {
    const token = req.cookies?.[SESSION_COOKIE] as string | undefined;
    req.session = token ? await auth.resolve(token) : null;
    next();
  };
}

/** The token a not-yet-logged-in browser must echo back in X-CSRF-Token (double submit). */
export function anonymousCsrfToken(req: Request, res: Response, config: Config): string {
  let token = req.cookies?.[ANON_CSRF_COOKIE] as string | undefined;
  if (!token || token.length < 32) {
    token = newToken();
    res.cookie(ANON_CSRF_COOKIE, token, cookieOptions(config));
  }
  return token;
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Every state-changing request must carry the CSRF token of its session (or, before login, its cookie). */
export function requireCsrf(req: Request, _res: Response, next: NextFunction) {
  if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return next();
  const sent = req.get('x-csrf-token') ?? '';
  const expected =
    req.session?.csrfToken ?? (req.cookies?.[ANON_CSRF_COOKIE] as string | undefined) ?? '';
  if (!sent || !expected || !same(sent, expected)) {
    return next(
      new AppError(
        403,
        'csrf',
        'Missing or wrong X-CSRF-Token header: fetch /api/auth/session and send its csrfToken',
      ),
    );
  }
  next();
}
