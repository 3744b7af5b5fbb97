import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/src/app';
import { hashPassword, verifyPassword } from '../../server/src/auth/passwords';
import { loadConfig } from '../../server/src/config';
import { DEMO_PASSWORD, loginAs, makeTestApp, type TestContext } from '../factories/app';
import { countRows, loginWith } from './security-support';

// OWASP ASVS level 2, V3 (sessions) and V14.4 (headers): what a browser is told, and what the
// database keeps.
let ctx: TestContext;
beforeAll(async () => {
  ctx = await makeTestApp({ SESSION_IDLE_MINUTES: '20', SESSION_ABSOLUTE_HOURS: '3' });
});
afterAll(() => ctx.close());

const csp = (directives: string[]) => directives.join(';');
const base = [
  "default-src 'self'",
  "base-uri 'self'",
  "font-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];
const after = ["object-src 'none'", "script-src 'self'", "script-src-attr 'none'"];

describe('Content-Security-Policy', () => {
  it("allows only the app's own origin when no tile host is set", async () => {
    const res = await request(ctx.app).get('/api/health');
    expect(res.headers['content-security-policy']).toBe(
      csp([
        ...base,
        "img-src 'self' data: blob:",
        ...after,
        "style-src 'self' 'unsafe-inline'",
        "connect-src 'self'",
      ]),
    );
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('adds the tile host (every {s} subdomain) for images only, and upgrades requests behind TLS', async () => {
    const tiles = await makeTestApp(
      { TILE_URL: 'https://{s}.tiles.example.org/{z}/{x}/{y}.png', SECURE_COOKIES: '1' },
      { demo: false },
    );
    try {
      const res = await request(tiles.app).get('/api/health');
      expect(res.headers['content-security-policy']).toBe(
        csp([
          ...base,
          "img-src 'self' data: blob: https://*.tiles.example.org",
          ...after,
          "style-src 'self' 'unsafe-inline'",
          'upgrade-insecure-requests',
          "connect-src 'self'",
        ]),
      );
    } finally {
      await tiles.close();
    }
  });
});

describe('session cookie and token', () => {
  it('is HttpOnly and SameSite=Lax, lasts the absolute lifetime, and holds 256 random bits', async () => {
    const { agent, res } = await loginWith(ctx.app, {
      email: 'chapter@demo.test',
      password: DEMO_PASSWORD,
    });
    expect(res.status).toBe(200);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    expect(cookie).toMatch(new RegExp(`Max-Age=${3 * 3600}`));
    const token = /sf_session=([\w-]+);/.exec(cookie)![1]!;
    // base64url of 32 bytes: 256 bits, well above ASVS's 128.
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    const rows = await ctx.db('sessions').select('id_hash', 'public_id');
    expect(rows.some((r) => r.id_hash === token || r.public_id === token)).toBe(false);
    expect((await agent.get('/api/auth/session')).status).toBe(200);
  });

  it('carries Secure when SECURE_COOKIES=1 or NODE_ENV=production', async () => {
    expect(loadConfig({ NODE_ENV: 'production' }).secureCookies).toBe(true);
    expect(loadConfig({}).secureCookies).toBe(false);
    const secure = await makeTestApp({ SECURE_COOKIES: '1' });
    try {
      // The browser would send Secure cookies back over TLS; this test sends the CSRF cookie itself.
      const anon = await request(secure.app).get('/api/auth/session');
      const res = await request(secure.app)
        .post('/api/auth/login')
        .set('Cookie', String(anon.headers['set-cookie']).split(';')[0]!)
        .set('X-CSRF-Token', anon.body.csrfToken)
        .send({ email: 'member@demo.test', password: DEMO_PASSWORD });
      expect(res.status).toBe(200);
      expect(String(res.headers['set-cookie'])).toMatch(
        /sf_session=[\w-]{43};.*HttpOnly; Secure; SameSite=Lax/,
      );
    } finally {
      await secure.close();
    }
  });
});

describe('idle timeout and absolute lifetime', () => {
  const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();

  it('ends a session idle longer than SESSION_IDLE_MINUTES, and keeps one idle less', async () => {
    const agent = await loginAs(ctx.app, 'organizer@demo.test');
    const user = await ctx.db('users').where({ email: 'organizer@demo.test' }).first('id');
    await ctx
      .db('sessions')
      .where({ user_id: user.id })
      .update({ last_seen_at: minutesAgo(19) });
    expect((await agent.get('/api/auth/session')).status).toBe(200);
    // Seen just now: the answer above touched last_seen_at.
    expect(
      new Date(
        (await ctx.db('sessions').where({ user_id: user.id }).first()).last_seen_at,
      ).getTime(),
    ).toBeGreaterThan(Date.now() - 60_000);
    await ctx
      .db('sessions')
      .where({ user_id: user.id })
      .update({ last_seen_at: minutesAgo(21) });
    expect((await agent.get('/api/auth/session')).status).toBe(401);
    expect(await countRows(ctx.db, 'sessions', { user_id: user.id })).toBe(0);
  });

  it('ends a session past SESSION_ABSOLUTE_HOURS however active it is', async () => {
    const agent = await loginAs(ctx.app, 'national@demo.test');
    const user = await ctx.db('users').where({ email: 'national@demo.test' }).first('id');
    const row = await ctx.db('sessions').where({ user_id: user.id }).first();
    const lifetime = new Date(row.expires_at).getTime() - new Date(row.created_at).getTime();
    expect(Math.abs(lifetime - 3 * 3600_000)).toBeLessThan(5_000);
    await ctx
      .db('sessions')
      .where({ user_id: user.id })
      .update({
        created_at: minutesAgo(181),
        last_seen_at: minutesAgo(0),
        expires_at: minutesAgo(1),
      });
    expect((await agent.get('/api/stats/national')).status).toBe(401);
    expect(await countRows(ctx.db, 'sessions', { user_id: user.id })).toBe(0);
  });
});

describe('passwords and throttling', () => {
  it('hashes with scrypt at N=2^17, r=8, p=1 unless SCRYPT_LOG_N lowers it', async () => {
    expect(loadConfig({}).scryptLogN).toBe(17);
    const hash = await hashPassword('a long enough passphrase');
    const [scheme, logN, r, p, salt, key] = hash.split('$');
    expect({ scheme, N: 2 ** Number(logN), r, p }).toEqual({
      scheme: 'scrypt',
      N: 131072,
      r: '8',
      p: '1',
    });
    expect(Buffer.from(salt!, 'base64url')).toHaveLength(16);
    expect(Buffer.from(key!, 'base64url')).toHaveLength(32);
    expect(await verifyPassword('a long enough passphrase', hash)).toBe(true);
    expect(await verifyPassword('a long enough passphrasE', hash)).toBe(false);
  });

  it('counts failures across two server processes sharing the database', async () => {
    const other = createApp({ db: ctx.db, config: ctx.config });
    const attempt = (app: typeof other, password: string) =>
      loginWith(app, { email: 'chapter2@demo.test', password }).then((r) => r.res.status);
    for (let i = 0; i < 3; i++) expect(await attempt(ctx.app, `wrong-${i}`)).toBe(401);
    for (let i = 3; i < 5; i++) expect(await attempt(other, `wrong-${i}`)).toBe(401);
    expect(await attempt(ctx.app, DEMO_PASSWORD)).toBe(429);
    expect(await attempt(other, DEMO_PASSWORD)).toBe(429);
  });
});
