import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agent, TestContext } from '../factories/app';
import { goalsWorld, plusDays } from '../factories/goals-world';
import type { Who } from '../factories/recruitment';

/** Listing goals (who sees which, in which order, how exactly) and changing one. */
let ctx: TestContext;
let agents: Record<Who, Agent>;
let A: number;
let Y: number;
let pod: number;

beforeAll(async () => {
  ({ ctx, agents, A, Y, pod } = await goalsWorld());
  const due = plusDays(365);
  for (const [who, body] of [
    ['chapter', { metric: 'members', scope: 'chapter', scopeRef: A, target: 20, dueOn: due }],
    ['chapter', { metric: 'recruits', scope: 'chapter', scopeRef: A, target: 3, dueOn: due }],
    ['chapter', { metric: 'mapped', scope: 'chapter', scopeRef: A, target: 5, dueOn: due }],
    ['admin', { metric: 'members', scope: 'chapter', scopeRef: Y, target: 10, dueOn: due }],
    [
      'national',
      { metric: 'spanish_recruits', scope: 'state', scopeRef: 'GA', target: 5, dueOn: due },
    ],
    [
      'national',
      {
        metric: 'chapters_with_committee',
        scope: 'region',
        scopeRef: 'south',
        target: 2,
        dueOn: due,
      },
    ],
    ['organizer', { metric: 'members', scope: 'pod', scopeRef: pod, target: 5, dueOn: due }],
    ['national', { metric: 'members', scope: 'nation', target: 100_000, dueOn: '2028-12-31' }],
  ] as const)
    expect((await post(who, body)).status).toBe(201);
});
afterAll(() => ctx.close());

const post = (who: Who, body: object) =>
  agents[who].post('/api/goals').set('X-CSRF-Token', agents[who].csrf).send(body);

describe('listing goals', () => {
  it('hides from national staff what a small current value would give away', async () => {
    const list = await agents.national.get(`/api/goals?scope=chapter&scopeRef=${Y}`);
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0]).toMatchObject({
      current: '<5',
      met: null,
      remaining: null,
      pacePerMonth: null,
      trendPerMonth: null,
      projectedOn: null,
      trend: 'suppressed',
    });
    const a = await agents.national.get(`/api/goals?scope=chapter&scopeRef=${A}&metric=members`);
    expect(a.body.items[0]).toMatchObject({ current: 11, trend: 'rising' });
  });

  it('lists goals nation first, then by scope, with the recruitment chart of the scope', async () => {
    const list = await agents.admin.get('/api/goals?limit=3');
    expect(list.body.items.map((g: { scope: string }) => g.scope)).toEqual([
      'nation',
      'region',
      'state',
    ]);
    expect(list.body.nextCursor).toBe('3');
    const rest = await agents.admin.get('/api/goals?limit=50&cursor=3');
    expect(rest.body.items.map((g: { scope: string }) => g.scope)).toEqual([
      'chapter',
      'chapter',
      'chapter',
      'chapter',
      'pod',
    ]);
    const chart = await agents.chapter.get(`/api/stats/recruitment?scope=chapter&id=${A}`);
    expect(chart.body.goals.map((g: { metric: string }) => g.metric).sort()).toEqual([
      'mapped',
      'members',
      'recruits',
    ]);
  });
});

describe('changing a goal', () => {
  it('needs the version, and re-reads progress', async () => {
    // Nobody has joined since today in health care: 0 is shown as it is.
    const created = await post('national', {
      metric: 'recruits',
      scope: 'industry',
      scopeRef: '62',
      target: 50,
      dueOn: plusDays(300),
    });
    expect(created.body).toMatchObject({ current: 0, met: false, trend: 'no_trend' });
    const patch = (body: object) =>
      agents.national
        .patch(`/api/goals/${created.body.id}`)
        .set('X-CSRF-Token', agents.national.csrf)
        .send(body);
    const ok = await patch({ target: 1, startsOn: '2019-01-01', version: 0 });
    expect(ok.status).toBe(200);
    // Three members with health care jobs joined since 2019: a count national staff see as "<5".
    expect(ok.body).toMatchObject({ version: 1, target: 1, current: '<5', trend: 'suppressed' });
    expect((await patch({ target: 2, version: 0 })).status).toBe(409);
    const bad = await patch({ metric: 'trained', version: 1 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.metric).toBeDefined();
  });
});
