import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  anonymous,
  chapterIdByName,
  loginAs,
  makeTestApp,
  type Agent,
  type TestContext,
} from '../factories/app';

let ctx: TestContext;
let triangle: number;

beforeAll(async () => {
  ctx = await makeTestApp();
  triangle = await chapterIdByName(ctx.db, 'Triangle');
});
afterAll(() => ctx.close());

let next = 970000;
/** A one-line roster of someone new, so a permitted import always has something to write. */
const newcomer = () =>
  `ak_id,first_name,last_name,email\n${++next},New,Comer,new.comer.${next}@example.org\n`;

const importAs = (agent: Agent, chapterId = triangle) =>
  agent
    .post(`/api/chapters/${chapterId}/import/members?dryRun=false`)
    .set('X-CSRF-Token', agent.csrf)
    .set('Content-Type', 'text/csv')
    .send(newcomer());
const exportAs = (agent: Agent, what: 'members' | 'workplaces', chapterId = triangle) =>
  agent.get(`/api/chapters/${chapterId}/export/${what}.csv`);

async function snapshot() {
  const members = await ctx.db('members').count({ n: '*' }).sum({ v: 'version' }).first();
  const audit = await ctx.db('audit_log').count({ n: '*' }).first();
  return { members: Number(members!.n), versions: Number(members!.v), audit: Number(audit!.n) };
}

describe('who may import and export a roster', () => {
  it("lets a chapter committee import and export its own chapter's roster", async () => {
    const agent = await loginAs(ctx.app, 'chapter@demo.test');
    const res = await importAs(agent);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ committed: true, created: 1 });
    expect((await exportAs(agent, 'members')).status).toBe(200);
    expect((await exportAs(agent, 'workplaces')).status).toBe(200);
  });

  it("refuses another chapter's committee, and writes nothing", async () => {
    const agent = await loginAs(ctx.app, 'chapter2@demo.test');
    const before = await snapshot();
    expect((await importAs(agent)).status).toBe(403);
    expect((await exportAs(agent, 'members')).status).toBe(403);
    expect((await exportAs(agent, 'workplaces')).status).toBe(403);
    expect(await snapshot()).toEqual(before);
  });

  for (const email of ['national@demo.test', 'organizer@demo.test', 'member@demo.test']) {
    it(`refuses ${email.split('@')[0]}, and writes nothing`, async () => {
      const agent = await loginAs(ctx.app, email);
      const before = await snapshot();
      expect((await importAs(agent)).status).toBe(403);
      expect((await exportAs(agent, 'members')).status).toBe(403);
      expect((await exportAs(agent, 'workplaces')).status).toBe(403);
      expect(await snapshot()).toEqual(before);
    });
  }

  it('lets an admin import into any chapter but not export its PII', async () => {
    const agent = await loginAs(ctx.app, 'admin@demo.test');
    const chicago = await chapterIdByName(ctx.db, 'Chicago');
    const res = await importAs(agent, chicago);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ committed: true, created: 1 });
    const before = await snapshot();
    expect((await exportAs(agent, 'members')).status).toBe(403);
    expect((await exportAs(agent, 'workplaces')).status).toBe(403);
    expect(await snapshot()).toEqual(before);
    const missing = await importAs(agent, 999_999);
    expect(missing.status).toBe(404);
  });

  it('asks anonymous callers to log in', async () => {
    const agent = await anonymous(ctx.app);
    const before = await snapshot();
    expect((await importAs(agent)).status).toBe(401);
    expect((await exportAs(agent, 'members')).status).toBe(401);
    expect((await exportAs(agent, 'workplaces')).status).toBe(401);
    expect((await agent.get('/api/import/template.csv')).status).toBe(401);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses an import without the CSRF token', async () => {
    const agent = await loginAs(ctx.app, 'chapter@demo.test');
    const before = await snapshot();
    const res = await agent
      .post(`/api/chapters/${triangle}/import/members?dryRun=false`)
      .set('Content-Type', 'text/csv')
      .send(newcomer());
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('csrf');
    expect(await snapshot()).toEqual(before);
  });

  it('serves the template to anyone logged in', async () => {
    const agent = await loginAs(ctx.app, 'member@demo.test');
    const res = await agent.get('/api/import/template.csv');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
  });
});
