import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  anonymous,
  chapterIdByName,
  DEMO_PASSWORD,
  loginAs,
  makeTestApp,
  type TestContext,
} from '../factories/app';
import { loginWith, post } from './security-support';

// ASVS V7: failed logins and refused requests are logged, with who and where, and without
// personal data: no email, no password, no request body.
let ctx: TestContext;
beforeAll(async () => {
  ctx = await makeTestApp();
});
afterAll(() => ctx.close());

const noPersonalData = (rows: unknown[], ...secrets: string[]) => {
  const text = JSON.stringify(rows);
  expect(text).not.toMatch(/@/);
  for (const s of secrets) expect(text).not.toContain(s);
};

describe('failed logins', () => {
  it('are audited with the user id when the account exists, never the email or password', async () => {
    await loginWith(ctx.app, { email: 'member@demo.test', password: 'guess-one-two' });
    await loginWith(ctx.app, { email: 'nobody.here@example.org', password: 'guess-three-four' });
    const rows = await ctx
      .db('audit_log')
      .where({ entity: 'auth', action: 'login_failed' })
      .orderBy('id');
    expect(rows).toHaveLength(2);
    const member = await ctx.db('users').where({ email: 'member@demo.test' }).first('id');
    expect(rows.map((r) => r.entity_id)).toEqual([String(member.id), null]);
    noPersonalData(rows, 'guess-one-two', 'guess-three-four', 'nobody.here');
  });
});

describe('refused requests', () => {
  it('are written to the security log with route, role and user id, and nothing personal', async () => {
    const before = Number((await ctx.db('security_log').max({ m: 'id' }).first())?.m ?? 0);
    const member = await loginAs(ctx.app, 'member@demo.test');
    const memberId = (await ctx.db('users').where({ email: 'member@demo.test' }).first('id')).id;
    const chapter = await loginAs(ctx.app, 'chapter@demo.test');
    const chicago = await chapterIdByName(ctx.db, 'Chicago');
    const anon = await anonymous(ctx.app);

    expect((await member.get('/api/stats/national')).status).toBe(403);
    expect((await anon.get('/api/chapters')).status).toBe(401);
    expect((await chapter.get(`/api/stats/chapters/${chicago}`)).status).toBe(403);
    const noCsrf = await chapter
      .patch(`/api/chapters/${chicago}`)
      .send({ hasClcDelegate: false, version: 0, note: 'private@example.org' });
    expect(noCsrf.status).toBe(403);
    // The public probe of the session, and a failed login (audited as such), are not refusals.
    expect((await anon.get('/api/auth/session')).status).toBe(401);
    await loginWith(ctx.app, { email: 'chapter@demo.test', password: 'wrong wrong wrong' });

    const rows = await ctx
      .db('security_log')
      .where('id', '>', before)
      .orderBy('id')
      .select(
        'entity',
        'action',
        'actor_user_id',
        'actor_role',
        'method',
        'route',
        'status',
        'code',
      );
    const chapterUser = (await ctx.db('users').where({ email: 'chapter@demo.test' }).first('id'))
      .id;
    expect(rows).toEqual([
      row(memberId, 'member', 'GET', '/api/stats/national', 403, 'forbidden'),
      row(null, null, 'GET', '/api/chapters', 401, 'unauthenticated'),
      row(chapterUser, 'chapter', 'GET', '/api/stats/chapters/:id', 403, 'forbidden'),
      row(chapterUser, 'chapter', 'PATCH', '/api/chapters/:id', 403, 'csrf'),
    ]);
    noPersonalData(rows, 'wrong wrong wrong');
  });

  it('is append-only', async () => {
    await expect(ctx.db('security_log').update({ route: 'x' })).rejects.toThrow(/append-only/);
    await expect(ctx.db('security_log').delete()).rejects.toThrow(/append-only/);
  });
});

describe('the console', () => {
  it('gets no request body and no bound values when a request fails on the server', async () => {
    const broken = await makeTestApp({}, { demo: false });
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      await broken.db.schema.renameTable('login_failures', 'login_failures_gone');
      const agent = await anonymous(broken.app);
      const res = await post(agent, '/api/auth/login', {
        email: 'someone.private@example.org',
        password: DEMO_PASSWORD,
      });
      expect(res.status).toBe(500);
      const logged = JSON.stringify(spy.mock.calls);
      expect(logged).toMatch(/login_failures/);
      expect(logged).not.toMatch(/someone\.private|example\.org|shopfloor-demo/);
    } finally {
      spy.mockRestore();
      await broken.db.schema.renameTable('login_failures_gone', 'login_failures');
      await broken.close();
    }
  });
});

function row(
  userId: number | null,
  role: string | null,
  method: string,
  route: string,
  status: number,
  code: string,
) {
  return {
    entity: 'access',
    action: 'refused',
    actor_user_id: userId,
    actor_role: role,
    method,
    route,
    status,
    code,
  };
}
