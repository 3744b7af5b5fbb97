import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nationalStats } from '@shopfloor/shared';
import { routeTable } from '../../server/src/routes';
import { loginAs, makeTestApp, type TestContext } from '../factories/app';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await makeTestApp();
});
afterAll(() => ctx.close());

describe('operations', () => {
  it('reports health with the database reachable', async () => {
    const { default: request } = await import('supertest');
    const res = await request(ctx.app).get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ok: true, db: 'ok' });
  });

  it('lists every route of the route table in the OpenAPI document', async () => {
    const { default: request } = await import('supertest');
    const res = await request(ctx.app).get('/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toMatch(/^3\./);
    const listed = Object.entries(
      res.body.paths as Record<string, Record<string, unknown>>,
    ).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m} ${path}`));
    const expected = routeTable.map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`);
    expect(listed.sort()).toEqual(expected.sort());
  });

  it('answers unknown API paths with the error shape, never HTML', async () => {
    const { default: request } = await import('supertest');
    const res = await request(ctx.app).get('/api/nope');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
  });

  it('sends security headers', async () => {
    const { default: request } = await import('supertest');
    const res = await request(ctx.app).get('/api/health');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });
});

describe('geography', () => {
  it('serves the Census regions with the South as 16 states and DC', async () => {
    const agent = await loginAs(ctx.app, 'national@demo.test');
    const res = await agent.get('/api/regions');
    expect(res.status).toBe(200);
    expect(res.body.regions.map((r: { code: string }) => r.code)).toEqual([
      'northeast',
      'midwest',
      'south',
      'west',
    ]);
    const south = res.body.states
      .filter((s: { isSouth: boolean }) => s.isSouth)
      .map((s: { code: string }) => s.code);
    expect(south).toHaveLength(17);
    expect(south).toContain('DC');
    expect(south).toContain('TX');
    expect(south).not.toContain('MO');
  });

  it('serves 51 state shapes offline, keyed by postal code', async () => {
    const agent = await loginAs(ctx.app, 'national@demo.test');
    const res = await agent.get('/api/geo/states');
    expect(res.status).toBe(200);
    expect(res.body.type).toBe('FeatureCollection');
    expect(res.body.features).toHaveLength(51);
    const nc = res.body.features.find((f: { id: string }) => f.id === 'NC');
    expect(nc.properties).toEqual({ code: 'NC', name: 'North Carolina', isSouth: true });
    expect(nc.geometry.type).toMatch(/Polygon/);
  });
});

describe('national statistics', () => {
  it('matches the demo data and suppresses small counts for national', async () => {
    const agent = await loginAs(ctx.app, 'national@demo.test');
    const res = await agent.get('/api/stats/national');
    expect(res.status).toBe(200);
    const stats = nationalStats.parse(res.body);
    const members = Number((await ctx.db('members').count({ n: '*' }).first())!.n);
    expect(stats.totals.members).toBe(members);
    expect(stats.totals.chapters).toBe(9);
    // Huntington (WV) has 7 members: some of its per-state figures are below five.
    const wv = stats.byState.find((s) => s.state === 'WV')!;
    expect(wv.members).toBe(7);
    expect(wv.workplaces).toBe('<5');
    for (const row of stats.byState) {
      for (const value of [row.members, row.membersMapped, row.workplaces]) {
        if (typeof value === 'number') expect(value === 0 || value >= 5).toBe(true);
      }
    }
    // Where exactly one state is suppressed, a second is hidden too, so subtraction cannot reveal it.
    for (const key of ['members', 'membersMapped', 'workplaces'] as const) {
      const small = stats.byState.filter((s) => s[key] === '<5').length;
      const complementary = stats.byState.filter((s) => s[key] === 'suppressed').length;
      if (small === 1) expect(complementary).toBe(1);
    }
  });

  it('gives admins exact figures', async () => {
    const agent = await loginAs(ctx.app, 'admin@demo.test');
    const stats = (await agent.get('/api/stats/national')).body;
    const wv = stats.byState.find((s: { state: string }) => s.state === 'WV');
    expect(typeof wv.workplaces).toBe('number');
    expect(wv.workplaces).toBe(1);
  });
});
