import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chapterIdByName, loginAs, makeTestApp, type TestContext } from '../factories/app';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await makeTestApp();
});
afterAll(() => ctx.close());

const US = 'bbox=-180,-85,180,85';
type Feature = {
  type: string;
  count?: number | string;
  id?: number;
  chapterId?: number;
  employer?: string;
};
const total = (features: Feature[]) =>
  features.reduce((n, f) => n + (f.type === 'workplace' ? 1 : Number(f.count)), 0);

describe('GET /api/map/workplaces', () => {
  it('clusters every workplace for admin, with counts that add up at every zoom', async () => {
    const admin = await loginAs(ctx.app, 'admin@demo.test');
    const expected = Number((await ctx.db('workplaces').count({ n: '*' }).first())!.n);
    for (const zoom of [0, 3, 6, 10, 16]) {
      const res = await admin.get(`/api/map/workplaces?${US}&zoom=${zoom}`);
      expect(res.status).toBe(200);
      expect(total(res.body.features)).toBe(expected);
    }
    // At street level, the seven Triangle workplaces in distinct ZIPs are separate points.
    const durham = await admin.get('/api/map/workplaces?bbox=-79.2,35.6,-78.4,36.2&zoom=16');
    const points = durham.body.features.filter((f: Feature) => f.type === 'workplace');
    expect(points.length).toBeGreaterThanOrEqual(5);
    expect(points[0]).toHaveProperty('employer');
  });

  it('gives national clusters only, with small counts suppressed and no workplace named', async () => {
    const national = await loginAs(ctx.app, 'national@demo.test');
    for (const zoom of [3, 8, 16]) {
      const res = await national.get(`/api/map/workplaces?${US}&zoom=${zoom}`);
      expect(res.status).toBe(200);
      expect(res.body.aggregated).toBe(true);
      for (const f of res.body.features) {
        expect(f.type).toBe('cluster');
        expect(Object.keys(f).sort()).toEqual(['count', 'expansionZoom', 'lat', 'lng', 'type']);
        if (typeof f.count === 'number') expect(f.count).toBeGreaterThanOrEqual(5);
        else expect(f.count).toBe('<5');
      }
    }
    const body = JSON.stringify((await national.get(`/api/map/workplaces?${US}&zoom=16`)).body);
    expect(body).not.toMatch(/Amazon|Duke|employer|firstName/);
  });

  it('shows a chapter only its own workplaces', async () => {
    const chapter = await loginAs(ctx.app, 'chapter@demo.test');
    const triangle = await chapterIdByName(ctx.db, 'Triangle');
    const res = await chapter.get(`/api/map/workplaces?${US}&zoom=16`);
    const own = Number(
      (await ctx.db('workplaces').where({ chapter_id: triangle }).count({ n: '*' }).first())!.n,
    );
    expect(total(res.body.features)).toBe(own);
    for (const f of res.body.features.filter((x: Feature) => x.type === 'workplace'))
      expect(f.chapterId).toBe(triangle);
  });

  it('sees a new workplace after it is added', async () => {
    const chapter = await loginAs(ctx.app, 'chapter@demo.test');
    const triangle = await chapterIdByName(ctx.db, 'Triangle');
    const before = total((await chapter.get(`/api/map/workplaces?${US}&zoom=2`)).body.features);
    const add = await chapter
      .post(`/api/chapters/${triangle}/workplaces`)
      .set('X-CSRF-Token', chapter.csrf)
      .send({ employer: 'Map Test Bakery', zip: '27516' });
    expect(add.status).toBe(201);
    expect(total((await chapter.get(`/api/map/workplaces?${US}&zoom=2`)).body.features)).toBe(
      before + 1,
    );
  });

  it('names bad bbox and zoom values', async () => {
    const admin = await loginAs(ctx.app, 'admin@demo.test');
    for (const q of [
      'bbox=1,2,3&zoom=3',
      'bbox=a,b,c,d&zoom=3',
      'bbox=-200,0,10,10&zoom=3',
      'bbox=-80,40,-70,30&zoom=3',
    ]) {
      const res = await admin.get(`/api/map/workplaces?${q}`);
      expect(res.status, q).toBe(400);
      expect(Object.keys(res.body.error.fields).some((k) => k.startsWith('bbox'))).toBe(true);
    }
    const zoom = await admin.get(`/api/map/workplaces?${US}&zoom=99`);
    expect(zoom.status).toBe(400);
    expect(zoom.body.error.fields.zoom).toBeDefined();
    const member = await loginAs(ctx.app, 'member@demo.test');
    expect((await member.get(`/api/map/workplaces?${US}&zoom=3`)).status).toBe(403);
  });
});
