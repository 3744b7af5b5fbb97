import { languageUpdate, loginBody, sessionResponse } from '@shopfloor/shared';
import { z } from 'zod';
import { errorBody } from '../http/error-handler';
import { route } from '../http/route';
import { accountRoutes } from './account.routes';
import { totpCode, twoFactorStatus } from './account.schemas';
import { anonymousCsrfToken, cookieOptions, SESSION_COOKIE, setSessionCookie } from './middleware';

const loginWithCode = loginBody.extend({ code: totpCode.optional() });

/** With `twoFactor`: when required and not enabled, the session may only enrol. */
const sessionWithTwoFactor = sessionResponse.extend({ twoFactor: twoFactorStatus });

export const authRoutes = [
  route({
    method: 'post',
    path: '/api/auth/login',
    summary:
      'Log in with email and password, and the TOTP code when two-factor login is on (401 totp_required without it); sets the session cookie',
    tag: 'auth',
    access: 'public',
    body: loginWithCode,
    response: sessionWithTwoFactor,
    async handler({ body, services, req, res }) {
      const result = await services.auth.login(
        body,
        req.ip ?? 'unknown',
        req.get('user-agent'),
        req.cookies?.[SESSION_COOKIE],
      );
      setSessionCookie(res, services.config, result.token);
      return { user: result.user, csrfToken: result.csrfToken, twoFactor: result.twoFactor };
    },
  }),
  route({
    method: 'post',
    path: '/api/auth/logout',
    summary: 'End the session on the server and clear the cookie',
    tag: 'auth',
    access: 'any',
    response: z.object({ ok: z.literal(true) }),
    async handler({ actor, services, res }) {
      if (actor) await services.auth.logout(actor);
      res.clearCookie(SESSION_COOKIE, cookieOptions(services.config));
      return { ok: true };
    },
  }),
  route({
    method: 'get',
    path: '/api/auth/session',
    summary:
      'The current user and CSRF token; 401 with a CSRF token for the login form before login',
    tag: 'auth',
    access: 'public',
    response: sessionWithTwoFactor,
    send: 'raw',
    handler({ req, res, services }) {
      if (req.session) {
        const { user, csrfToken, twoFactor } = req.session;
        res.json({ user, csrfToken, twoFactor });
        return;
      }
      const csrfToken = anonymousCsrfToken(req, res, services.config);
      res.status(401).json({ ...errorBody('unauthenticated', 'Not logged in'), csrfToken });
    },
  }),
  route({
    method: 'patch',
    path: '/api/auth/session/language',
    summary: "Save the user's interface language",
    tag: 'auth',
    access: 'any',
    body: languageUpdate,
    response: z.object({ ok: z.literal(true) }),
    async handler({ actor, body, services }) {
      await services.auth.setLanguage(actor!, body.language);
      return { ok: true };
    },
  }),
  ...accountRoutes,
];
