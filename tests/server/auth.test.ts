import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  anonymous,
  chapterIdByName,
  DEMO_PASSWORD,
  loginAs,
  makeTestApp,
  type TestContext,
} from '../factories/app';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await makeTestApp();
});
afterAll(() => ctx.close());

describe('login', () => {
  it('answers 401 with a CSRF token before login', async () => {
    const agent = await anonymous(ctx.app);
    const res = await agent.get('/api/auth/session');
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('unauthenticated');
    expect(res.body.csrfToken).toMatch(/^[\w-]{40,}$/);
  });

  it('logs in, sets an HttpOnly SameSite cookie, and returns the user', async () => {
    const agent = await anonymous(ctx.app);
    const res = await agent
      .post('/api/auth/login')
      .set('X-CSRF-Token', agent.csrf)
      .send({ email: 'Chapter@Demo.test', password: DEMO_PASSWORD });
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({
      email: 'chapter@demo.test',
      role: 'chapter',
      language: 'en',
    });
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/sf_session=[\w-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const session = await agent.get('/api/auth/session');
    expect(session.status).toBe(200);
    expect(session.body.user.role).toBe('chapter');
  });

  it('refuses a wrong password with 401 and names no field it should not', async () => {
    const agent = await anonymous(ctx.app);
    const res = await agent
      .post('/api/auth/login')
      .set('X-CSRF-Token', agent.csrf)
      .send({ email: 'member@demo.test', password: 'wrong password!' });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('unauthenticated');
  });

  it('names the bad field on a malformed login', async () => {
    const agent = await anonymous(ctx.app);
    const res = await agent
      .post('/api/auth/login')
      .set('X-CSRF-Token', agent.csrf)
      .send({ email: 'not-an-email' });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.fields).sort()).toEqual(['email', 'password']);
  });

  it('answers 429 on the sixth rapid failure, even with the right password', async () => {
    const agent = await anonymous(ctx.app);
    const attempt = (password: string) =>
      agent
        .post('/api/auth/login')
        .set('X-CSRF-Token', agent.csrf)
        .send({ email: 'organizer@demo.test', password });
    for (let i = 0; i < 5; i++) expect((await attempt(`wrong-${i}`)).status).toBe(401);
    const sixth = await attempt(DEMO_PASSWORD);
    expect(sixth.status).toBe(429);
    expect(sixth.body.error.code).toBe('rate_limited');
    expect(Number(sixth.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('rotates the session id at login', async () => {
    const agent = await loginAs(ctx.app, 'national@demo.test');
    const first = await ctx.db('sessions').pluck('id_hash');
    const again = await agent
      .post('/api/auth/login')
      .set('X-CSRF-Token', agent.csrf)
      .send({ email: 'national@demo.test', password: DEMO_PASSWORD });
    expect(again.status).toBe(200);
    const second = await ctx.db('sessions').pluck('id_hash');
    const added = second.filter((h) => !first.includes(h));
    const removed = first.filter((h) => !second.includes(h));
    expect(added).toHaveLength(1);
    expect(removed).toHaveLength(1);
  });
});

describe('CSRF and logout', () => {
  it('refuses a state-changing request without the CSRF token with 403', async () => {
    const agent = await loginAs(ctx.app, 'chapter@demo.test');
    const id = await chapterIdByName(ctx.db, 'Triangle');
    const res = await agent
      .patch(`/api/chapters/${id}`)
      .send({ hasClcDelegate: false, version: 0 });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('csrf');
    const wrong = await agent
      .patch(`/api/chapters/${id}`)
      .set('X-CSRF-Token', 'x'.repeat(43))
      .send({ hasClcDelegate: false, version: 0 });
    expect(wrong.status).toBe(403);
    expect((await ctx.db('chapters').where({ id }).first()).version).toBe(0);
  });

  it('ends the session on the server at logout', async () => {
    const agent = await loginAs(ctx.app, 'member@demo.test');
    const cookie = String(
      ((await agent.get('/api/auth/session')).request as unknown as { cookies: string }).cookies,
    );
    const before = await ctx.db('sessions').count({ n: '*' }).first();
    const out = await agent.post('/api/auth/logout').set('X-CSRF-Token', agent.csrf);
    expect(out.status).toBe(200);
    const after = await ctx.db('sessions').count({ n: '*' }).first();
    expect(Number(after!.n)).toBe(Number(before!.n) - 1);
    // Replaying the old cookie does not bring the session back.
    const { default: request } = await import('supertest');
    const replay = await request(ctx.app).get('/api/auth/session').set('Cookie', cookie);
    expect(replay.status).toBe(401);
  });
});

describe('chapter scope', () => {
  it("refuses a chapter user another chapter's records, and changes nothing", async () => {
    const agent = await loginAs(ctx.app, 'chapter@demo.test');
    const chicago = await chapterIdByName(ctx.db, 'Chicago');
    const before = await ctx.db('chapters').where({ id: chicago }).first();
    const write = await agent
      .patch(`/api/chapters/${chicago}`)
      .set('X-CSRF-Token', agent.csrf)
      .send({ hasLaborCommittee: false, version: before.version });
    expect(write.status).toBe(403);
    expect(await ctx.db('chapters').where({ id: chicago }).first()).toEqual(before);
    const read = await agent.get(`/api/stats/chapters/${chicago}`);
    expect(read.status).toBe(403);
  });

  it('lets a chapter user update its own chapter, with a version check and an audit row', async () => {
    const agent = await loginAs(ctx.app, 'chapter@demo.test');
    const id = await chapterIdByName(ctx.db, 'Triangle');
    const ok = await agent
      .patch(`/api/chapters/${id}`)
      .set('X-CSRF-Token', agent.csrf)
      .send({ hasClcDelegate: false, version: 0 });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ hasClcDelegate: false, version: 1, isSouth: true });
    const stale = await agent
      .patch(`/api/chapters/${id}`)
      .set('X-CSRF-Token', agent.csrf)
      .send({ hasClcDelegate: true, version: 0 });
    expect(stale.status).toBe(409);
    const audit = await ctx.db('audit_log').where({ entity: 'chapter', entity_id: String(id) });
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0].before_json).hasClcDelegate).toBe(true);
    expect(JSON.parse(audit[0].after_json).hasClcDelegate).toBe(false);
  });

  it('keeps roles out of routes they have no business with', async () => {
    const member = await loginAs(ctx.app, 'member@demo.test');
    expect((await member.get('/api/stats/national')).status).toBe(403);
    const anon = await anonymous(ctx.app);
    expect((await anon.get('/api/stats/national')).status).toBe(401);
    expect((await anon.get('/api/chapters')).status).toBe(401);
  });
});
