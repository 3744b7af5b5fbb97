import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/src/config';
import { DEMO_PASSWORD, loginAs, makeTestApp, type TestContext } from '../factories/app';
import {
  countRows,
  enrol,
  forgetUsedCodes,
  loginWith,
  post,
  totpCode,
  wrongCode,
} from './security-support';

// Two-factor login (TOTP, RFC 6238) as REQUIRE_2FA has it by default: required for admin and
// national staff, open to every role. Codes come from the same library an app would use.
let ctx: TestContext;
const key = 'ab'.repeat(32);
beforeAll(async () => {
  ctx = await makeTestApp({ REQUIRE_2FA: '1', TOTP_KEY: key });
});
afterAll(() => ctx.close());

const national = { email: 'national@demo.test', password: DEMO_PASSWORD };

describe('REQUIRE_2FA', () => {
  it('is on unless the operator turns it off', () => {
    expect(loadConfig({}).require2fa).toBe(true);
    expect(loadConfig({ REQUIRE_2FA: '0' }).require2fa).toBe(false);
    expect(() => loadConfig({ TOTP_KEY: 'too short' })).toThrow(/TOTP_KEY/);
  });

  it('limits a national login without 2FA to enrolment, then gives full access once enrolled', async () => {
    const { agent, res } = await loginWith(ctx.app, national);
    expect(res.status).toBe(200);
    expect(res.body.twoFactor).toEqual({ enabled: false, required: true });
    const refused = await agent.get('/api/stats/national');
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('totp_enrolment_required');
    expect((await post(agent, '/api/votes', {})).body.error.code).toBe('totp_enrolment_required');
    const session = await agent.get('/api/auth/session');
    expect(session.status).toBe(200);
    expect(session.body.twoFactor).toEqual({ enabled: false, required: true });

    const setup = await post(agent, '/api/auth/2fa/setup');
    expect(setup.status).toBe(200);
    expect(setup.body.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(setup.body.otpauthUrl).toMatch(
      new RegExp(
        `^otpauth://totp/Shopfloor:national%40demo\\.test\\?.*secret=${setup.body.secret}`,
      ),
    );
    expect(setup.body.qrSvg).toMatch(/^<svg/);
    expect((await agent.get('/api/auth/2fa')).body).toEqual({
      enabled: false,
      required: true,
      pending: true,
    });
    const seen = await agent.get('/api/auth/session');
    const oldCookie = String((seen.request as unknown as { cookies: string }).cookies);
    const bad = await post(agent, '/api/auth/2fa/enable', { code: wrongCode(setup.body.secret) });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.code).toBeTruthy();
    const ok = await post(agent, '/api/auth/2fa/enable', { code: totpCode(setup.body.secret) });
    expect(ok.status).toBe(200);
    expect(ok.body.twoFactor).toEqual({ enabled: true, required: true });
    agent.csrf = ok.body.csrfToken;
    // Enrolment rotates the session: the cookie from before no longer opens anything.
    const { default: request } = await import('supertest');
    expect((await request(ctx.app).get('/api/auth/session').set('Cookie', oldCookie)).status).toBe(
      401,
    );
    expect((await agent.get('/api/stats/national')).status).toBe(200);
    const audit = await ctx.db('audit_log').where({ entity: 'auth', action: 'totp_enabled' });
    expect(audit).toHaveLength(1);
  });

  it('does not limit roles that may choose 2FA (chapter, organizer, member)', async () => {
    const agent = await loginAs(ctx.app, 'chapter@demo.test');
    expect((await agent.get('/api/auth/session')).body.twoFactor).toEqual({
      enabled: false,
      required: false,
    });
    expect((await agent.get('/api/chapters')).status).toBe(200);
  });
});

describe('logging in with a code', () => {
  it('answers 401 totp_required without a code, and starts no session', async () => {
    const before = await countRows(ctx.db, 'sessions');
    const { res } = await loginWith(ctx.app, national);
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('totp_required');
    expect(res.headers['set-cookie'] ?? []).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/^sf_session=/)]),
    );
    expect(await countRows(ctx.db, 'sessions')).toBe(before);
  });

  it('logs in with the right code once; the same code again is refused', async () => {
    const row = await ctx.db('users').where({ email: national.email }).first();
    // At rest the secret is sealed with TOTP_KEY (AES-256-GCM), never the base32 the app shows.
    expect(row.totp_secret).toMatch(/^gcm:/);
    const secret = await secretOf(national.email);
    await forgetUsedCodes(ctx.db, national.email);
    const code = totpCode(secret);
    const first = await loginWith(ctx.app, { ...national, code });
    expect(first.res.status).toBe(200);
    expect((await first.agent.get('/api/stats/national')).status).toBe(200);
    const replay = await loginWith(ctx.app, { ...national, code });
    expect(replay.res.status).toBe(401);
    expect(replay.res.body.error.code).toBe('totp_invalid');
  });

  it('counts a wrong code as a failed login: the sixth attempt is throttled', async () => {
    const secret = await secretOf(national.email);
    await forgetUsedCodes(ctx.db, national.email);
    await ctx.db('login_failures').delete();
    const failures = () =>
      ctx
        .db('audit_log')
        .where({ entity: 'auth', action: 'login_failed' })
        .then((rows) => rows.filter((r) => JSON.parse(r.after_json).factor === 'totp').length);
    const before = await failures();
    for (let i = 0; i < 5; i++) {
      const { res } = await loginWith(ctx.app, { ...national, code: wrongCode(secret) });
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('totp_invalid');
    }
    const right = await loginWith(ctx.app, { ...national, code: totpCode(secret) });
    expect(right.res.status).toBe(429);
    expect((await failures()) - before).toBe(5);
    await ctx.db('login_failures').delete();
  });
});

describe('turning 2FA off', () => {
  it('needs the password and a current code; wrong ones count as failures', async () => {
    const { agent } = await loginWith(ctx.app, {
      email: 'member@demo.test',
      password: DEMO_PASSWORD,
    });
    const secret = await enrol(agent);
    await forgetUsedCodes(ctx.db, 'member@demo.test');
    const wrong = await post(agent, '/api/auth/2fa/disable', {
      code: totpCode(secret),
      password: 'not the password',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields.password).toBeTruthy();
    expect(
      await countRows(ctx.db, 'login_failures', { throttle_key: 'account:member@demo.test' }),
    ).toBe(1);
    const off = await post(agent, '/api/auth/2fa/disable', {
      code: totpCode(secret),
      password: DEMO_PASSWORD,
    });
    expect(off.status).toBe(200);
    const row = await ctx.db('users').where({ email: 'member@demo.test' }).first();
    expect([row.totp_secret, row.totp_enabled_at]).toEqual([null, null]);
    const again = await loginWith(ctx.app, { email: 'member@demo.test', password: DEMO_PASSWORD });
    expect(again.res.status).toBe(200);
  });
});

/** The secret as the authenticator app holds it, read back with the server's own key. */
async function secretOf(email: string): Promise<string> {
  const { openSecret } = await import('../../server/src/auth/totp-secret');
  const row = await ctx.db('users').where({ email }).first('totp_secret');
  return openSecret(row.totp_secret, Buffer.from(key, 'hex'));
}
