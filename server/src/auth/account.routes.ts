import { z } from 'zod';
import { route } from '../http/route';
import {
  passwordChange,
  sessionIdParams,
  sessionItem,
  totpCode,
  twoFactorDisable,
  twoFactorSetup,
  twoFactorStatus,
} from './account.schemas';
import { cookieOptions, SESSION_COOKIE, setSessionCookie } from './middleware';

const ok = z.object({ ok: z.literal(true) });

/** A user's own account: password, sessions, two-factor login. Open to every logged-in role. */
export const accountRoutes = [
  route({
    method: 'post',
    path: '/api/auth/password',
    summary:
      "Change the password: ends the user's other sessions and rotates this one (new cookie and CSRF token)",
    tag: 'auth',
    access: 'any',
    body: passwordChange,
    response: z.object({ csrfToken: z.string() }),
    async handler({ actor, body, services, req, res }) {
      const issued = await services.auth.account.changePassword(
        actor!,
        body,
        req.ip ?? 'unknown',
        req.get('user-agent'),
      );
      setSessionCookie(res, services.config, issued.token);
      return { csrfToken: issued.csrfToken };
    },
  }),
  route({
    method: 'get',
    path: '/api/auth/sessions',
    summary: "The user's live sessions, by an opaque id, with the current one marked",
    tag: 'auth',
    access: 'any',
    response: z.array(sessionItem),
    handler: ({ actor, services }) => services.auth.account.listSessions(actor!),
  }),
  route({
    method: 'delete',
    path: '/api/auth/sessions/:publicId',
    summary: "End one of the user's own sessions (404 for any other id)",
    tag: 'auth',
    access: 'any',
    params: sessionIdParams,
    response: ok,
    async handler({ actor, params, services, req, res }) {
      await services.auth.account.endSession(actor!, params.publicId);
      if (params.publicId === req.session?.publicId)
        res.clearCookie(SESSION_COOKIE, cookieOptions(services.config));
      return { ok: true };
    },
  }),
  route({
    method: 'get',
    path: '/api/auth/2fa',
    summary: 'Whether two-factor login is on, required for this role, or waiting for a code',
    tag: 'auth',
    access: 'any',
    response: twoFactorStatus.extend({ pending: z.boolean() }),
    handler: ({ actor, services }) => services.auth.twoFactor.describe(actor!),
  }),
  route({
    method: 'post',
    path: '/api/auth/2fa/setup',
    summary:
      'Start TOTP enrolment: a new secret, its otpauth:// URI and a QR code of it (an SVG document)',
    tag: 'auth',
    access: 'any',
    response: twoFactorSetup,
    handler: ({ actor, services }) => services.auth.twoFactor.setup(actor!),
  }),
  route({
    method: 'post',
    path: '/api/auth/2fa/enable',
    summary:
      'Confirm enrolment with a code from the app: two-factor login is on, and the session rotates',
    tag: 'auth',
    access: 'any',
    body: z.object({ code: totpCode }),
    response: z.object({ csrfToken: z.string(), twoFactor: twoFactorStatus }),
    async handler({ actor, body, services, req, res }) {
      await services.auth.twoFactor.enable(actor!, body.code);
      const issued = await services.auth.rotate(actor!, req.get('user-agent'));
      setSessionCookie(res, services.config, issued.token);
      return {
        csrfToken: issued.csrfToken,
        twoFactor: services.auth.twoFactor.status(actor!.role, true),
      };
    },
  }),
  route({
    method: 'post',
    path: '/api/auth/2fa/disable',
    summary: 'Turn two-factor login off, with the password and a current code',
    tag: 'auth',
    access: 'any',
    body: twoFactorDisable,
    response: ok,
    async handler({ actor, body, services, req }) {
      await services.auth.account.disableTwoFactor(actor!, body, req.ip ?? 'unknown');
      return { ok: true };
    },
  }),
];
