import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_PASSWORD,
  loginAs,
  makeTestApp,
  type Agent,
  type TestContext,
} from '../factories/app';
import { countRows, loginWith, post } from './security-support';

// A user's own account: changing the password ends the other sessions; sessions can be listed
// and ended one by one, by an id that is not the one the server looks them up by.
let ctx: TestContext;
beforeAll(async () => {
  ctx = await makeTestApp();
});
afterAll(() => ctx.close());

const cookieOf = async (agent: Agent) =>
  String(
    ((await agent.get('/api/auth/session')).request as unknown as { cookies: string }).cookies,
  );
const userId = async (email: string) => (await ctx.db('users').where({ email }).first('id')).id;

describe('POST /api/auth/password', () => {
  const email = 'organizer@demo.test';
  const change = (agent: Agent, currentPassword: string, newPassword: string) =>
    post(agent, '/api/auth/password', { currentPassword, newPassword });

  it('refuses short, common and email-like passwords, naming the field', async () => {
    const agent = await loginAs(ctx.app, email);
    for (const weak of [
      'short',
      'password1234',
      'SHOPFLOOR-DEMO',
      email,
      'aaaaaaaaaaaaaa',
      DEMO_PASSWORD,
    ]) {
      const res = await change(agent, DEMO_PASSWORD, weak);
      expect(res.status, weak).toBe(400);
      expect(Object.keys(res.body.error.fields)).toEqual(['newPassword']);
    }
  });

  it('refuses a wrong current password and counts it as a failed attempt', async () => {
    const agent = await loginAs(ctx.app, email);
    const res = await change(agent, 'not my password', 'a much better passphrase');
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.fields)).toEqual(['currentPassword']);
    expect(await countRows(ctx.db, 'login_failures', { throttle_key: `account:${email}` })).toBe(1);
    const audit = await ctx.db('audit_log').where({ entity: 'auth', action: 'reauth_failed' });
    expect(audit).toHaveLength(1);
  });

  it('changes it, ends every other session, rotates this one, and audits the change', async () => {
    const other = await loginAs(ctx.app, email);
    const agent = await loginAs(ctx.app, email);
    const oldCookie = await cookieOf(agent);
    const res = await change(agent, DEMO_PASSWORD, 'correct horse battery staple');
    expect(res.status).toBe(200);
    agent.csrf = res.body.csrfToken;
    expect(String(res.headers['set-cookie'])).toMatch(/sf_session=[\w-]{43};.*HttpOnly/);
    expect((await agent.get('/api/auth/session')).status).toBe(200);
    expect((await other.get('/api/auth/session')).status).toBe(401);
    expect((await request(ctx.app).get('/api/auth/session').set('Cookie', oldCookie)).status).toBe(
      401,
    );
    expect(await countRows(ctx.db, 'sessions', { user_id: await userId(email) })).toBe(1);
    const audit = await ctx.db('audit_log').where({ entity: 'auth', action: 'password_changed' });
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toMatch(/horse|@/);
    expect((await loginWith(ctx.app, { email, password: DEMO_PASSWORD })).res.status).toBe(401);
    const fresh = await loginWith(ctx.app, { email, password: 'correct horse battery staple' });
    expect(fresh.res.status).toBe(200);
    const same = await change(
      fresh.agent,
      'correct horse battery staple',
      'correct horse battery staple',
    );
    expect(same.body.error.fields.newPassword).toMatch(/different/);
  });
});

describe('GET and DELETE /api/auth/sessions', () => {
  it("lists the user's own sessions by a public id, marking the current one", async () => {
    const phone = await loginAs(ctx.app, 'member@demo.test');
    const laptop = await loginAs(ctx.app, 'member@demo.test');
    await loginAs(ctx.app, 'chapter@demo.test');
    const res = await laptop.get('/api/auth/sessions').set('User-Agent', 'Laptop browser');
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(2);
    expect(res.body.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
    expect(Object.keys(res.body[0]).sort()).toEqual(
      ['createdAt', 'current', 'id', 'lastSeenAt', 'userAgent'].sort(),
    );
    const hashes: string[] = await ctx.db('sessions').pluck('id_hash');
    for (const s of res.body) {
      expect(s.id).toMatch(/^[\w-]{22}$/);
      expect(hashes).not.toContain(s.id);
    }
    expect((await phone.get('/api/auth/session')).status).toBe(200);
  });

  it("ends another of one's own sessions, and answers 404 for another user's", async () => {
    const phone = await loginAs(ctx.app, 'chapter2@demo.test');
    const laptop = await loginAs(ctx.app, 'chapter2@demo.test');
    const stranger = await loginAs(ctx.app, 'member@demo.test');
    const list = (await laptop.get('/api/auth/sessions')).body as {
      id: string;
      current: boolean;
    }[];
    const phoneId = list.find((s) => !s.current)!.id;

    const theirs = await stranger
      .delete(`/api/auth/sessions/${phoneId}`)
      .set('X-CSRF-Token', stranger.csrf);
    expect(theirs.status).toBe(404);
    expect((await phone.get('/api/auth/session')).status).toBe(200);

    const ended = await laptop
      .delete(`/api/auth/sessions/${phoneId}`)
      .set('X-CSRF-Token', laptop.csrf);
    expect(ended.status).toBe(200);
    expect((await phone.get('/api/auth/session')).status).toBe(401);
    expect((await laptop.get('/api/auth/session')).status).toBe(200);
    expect((await laptop.get('/api/auth/sessions')).body).toHaveLength(1);
    const again = await laptop
      .delete(`/api/auth/sessions/${phoneId}`)
      .set('X-CSRF-Token', laptop.csrf);
    expect(again.status).toBe(404);
    expect(await countRows(ctx.db, 'audit_log', { entity: 'auth', action: 'session_ended' })).toBe(
      1,
    );
  });

  it('leaves out sessions past their idle or absolute end', async () => {
    const agent = await loginAs(ctx.app, 'admin@demo.test');
    await loginAs(ctx.app, 'admin@demo.test');
    const listed = (await agent.get('/api/auth/sessions')).body as {
      id: string;
      current: boolean;
    }[];
    expect(listed).toHaveLength(2);
    await ctx
      .db('sessions')
      .where({ public_id: listed.find((s) => !s.current)!.id })
      .update({ last_seen_at: new Date(Date.now() - 2 * 3600_000).toISOString() });
    expect((await agent.get('/api/auth/sessions')).body).toHaveLength(1);
  });
});
