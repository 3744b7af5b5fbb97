import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chapterIdByName,
  loginAs,
  makeTestApp,
  type Agent,
  type TestContext,
} from '../factories/app';
import { fingerprint } from '../factories/fingerprint';

let ctx: TestContext;
let chapter: Agent;
let national: Agent;
let workplaceId: number;
beforeAll(async () => {
  ctx = await makeTestApp();
  chapter = await loginAs(ctx.app, 'chapter@demo.test');
  national = await loginAs(ctx.app, 'national@demo.test');
  const triangle = await chapterIdByName(ctx.db, 'Triangle');
  workplaceId = (
    await ctx.db('workplaces').where({ chapter_id: triangle, employer: 'Amazon' }).first()
  ).id;
});
afterAll(() => ctx.close());

const send = (method: 'post' | 'patch', path: string, body: object) =>
  chapter[method](path).set('X-CSRF-Token', chapter.csrf).send(body);

describe('campaigns', () => {
  let id: number;
  it('starts at mapping with a history row', async () => {
    const res = await send('post', '/api/campaigns', {
      workplaceId,
      kind: 'union_drive',
      program: 'ewoc',
      partnerUnion: 'Amazon Labor Union',
      unitSize: 40,
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      stage: 'mapping',
      employer: 'Amazon',
      isPublic: false,
      supportShare: 0,
      version: 0,
    });
    id = res.body.id;
  });

  it('shows the stage beside the workplace in the chapter table', async () => {
    const triangle = await chapterIdByName(ctx.db, 'Triangle');
    const res = await chapter.get(`/api/chapters/${triangle}/workplaces?stage=mapping`);
    expect(res.body.items.map((w: { id: number }) => w.id)).toEqual([workplaceId]);
    expect(res.body.items[0].campaign).toEqual({ id, stage: 'mapping', version: 0 });
  });

  it('refuses assessments above the unit size, an unknown stage, a backwards move without a note and a stale version', async () => {
    const before = await fingerprint(ctx.db);
    const tooMany = await send('patch', `/api/campaigns/${id}`, {
      assessments: { 1: 20, 2: 15, 3: 10, 4: 0, 5: 0 },
      version: 0,
    });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.fields.assessments).toMatch(/45 workers assessed/);
    const unknown = await send('post', `/api/campaigns/${id}/stage`, {
      stage: 'revolution',
      version: 0,
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.fields.stage).toBeDefined();
    expect(await fingerprint(ctx.db)).toEqual(before);
    expect(
      (await send('post', `/api/campaigns/${id}/stage`, { stage: 'committee', version: 0 })).status,
    ).toBe(200);
    const back = await send('post', `/api/campaigns/${id}/stage`, { stage: 'mapping', version: 1 });
    expect(back.status).toBe(400);
    expect(back.body.error.fields.note).toMatch(/needs a note/);
    const stale = await send('post', `/api/campaigns/${id}/stage`, {
      stage: 'majority',
      version: 0,
    });
    expect(stale.status).toBe(409);
    const withNote = await send('post', `/api/campaigns/${id}/stage`, {
      stage: 'mapping',
      note: 'Two committee members were fired; rebuilding',
      version: 1,
    });
    expect(withNote.status).toBe(200);
  });

  it('keeps a pre-public campaign from national, then shows it once public', async () => {
    const hidden = await national.get('/api/campaigns');
    expect(hidden.body.items.find((c: { id: number }) => c.id === id)).toBeUndefined();
    expect((await national.get(`/api/campaigns/${id}`)).status).toBe(404);
    let version = 2;
    for (const stage of ['committee', 'majority', 'public']) {
      const res = await send('post', `/api/campaigns/${id}/stage`, { stage, version });
      expect(res.status).toBe(200);
      version = res.body.version;
    }
    const shown = await national.get('/api/campaigns');
    const c = shown.body.items.find((x: { id: number }) => x.id === id);
    expect(c).toMatchObject({ employer: 'Amazon', stage: 'public', isPublic: true });
    const detail = await chapter.get(`/api/campaigns/${id}`);
    expect(detail.body.history.map((h: { toStage: string }) => h.toStage)).toEqual([
      'mapping',
      'committee',
      'mapping',
      'committee',
      'majority',
      'public',
    ]);
  });

  it('refuses another chapter and roles without write access', async () => {
    const chicago = await loginAs(ctx.app, 'chapter2@demo.test');
    const before = await fingerprint(ctx.db);
    expect(
      (await chicago.post('/api/campaigns').set('X-CSRF-Token', chicago.csrf).send({ workplaceId }))
        .status,
    ).toBe(400);
    expect(
      (
        await national
          .post(`/api/campaigns/${id}/stage`)
          .set('X-CSRF-Token', national.csrf)
          .send({ stage: 'won', version: 5 })
      ).status,
    ).toBe(403);
    expect(await fingerprint(ctx.db)).toEqual(before);
  });
});
