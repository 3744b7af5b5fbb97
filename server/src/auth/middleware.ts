import { timingSafeEqual } from 'node:crypto';
import type { ErrorRequestHandler, NextFunction, Request, Response } from 'express';
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

export function setSessionCookie(res: Response, config: Config, token: string) {
  res.cookie(SESSION_COOKIE, token, cookieOptions(config, config.session.absoluteHours * 3600_000));
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

// Account routes (enrolment among them) stay open to a limited session; so do the public ones.
const OPEN_TO_LIMITED = /^\/api\/(auth\/|health$|openapi\.json$)/;

/** An admin or national login without 2FA may only enrol until it has (REQUIRE_2FA). */
export function requireTotpEnrolment(req: Request, _res: Response, next: NextFunction) {
  if (req.session?.limited && req.path.startsWith('/api/') && !OPEN_TO_LIMITED.test(req.path)) {
    return next(
      new AppError(
        403,
        'totp_enrolment_required',
        'Your role logs in with a second factor: set up two-factor login on your account page first',
      ),
    );
  }
  next();
}

/** The route's pattern when a route matched; otherwise the path with ids and tokens masked. */
function routeOf(req: Request): string {
  const pattern = (req.route as { path?: unknown } | undefined)?.path;
  if (typeof pattern === 'string') return pattern;
  return req.path
    .split('/')
    .map((part) => (/^\d+$/.test(part) || part.length >= 16 ? ':id' : part))
    .join('/');
}

/**
 * Writes every refused API request (401, 403) to the security log before the error handler
 * answers: who (user id and role, if logged in), which route, and why (the error code). Failed
 * logins are recorded by the login itself, in the audit log.
 */
export function logRefusals(auth: AuthService): ErrorRequestHandler {
  return async (err, req, _res, next) => {
    const status = err instanceof AppError ? err.status : 0;
    const route = routeOf(req);
    const code = status ? (err as AppError).code : '';
    const loginFailure = route === '/api/auth/login' && code !== 'csrf';
    if ((status === 401 || status === 403) && route.startsWith('/api/') && !loginFailure) {
      const actor = req.session?.actor;
      try {
        await auth.recordRefusal({
          userId: actor?.userId ?? null,
          role: actor?.role ?? null,
          method: req.method,
          route,
          status,
          code,
        });
      } catch (logError) {
        // A refusal stays a refusal when the log cannot be written. Only the error's code goes to
        // the console: a driver's message can quote the values of the failed insert.
        const reason = (logError as { code?: unknown } | null)?.code;
        console.error('[security-log] a refused request was not recorded:', String(reason ?? ''));
      }
    }
    next(err);
  };
}
