import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agent, TestContext } from '../factories/app';
import { goalsWorld, M, plusDays, round2, shift, T } from '../factories/goals-world';
import type { Who } from '../factories/recruitment';

/**
 * Goal progress, pace and projection against the fixture of goalsWorld, worked out by hand.
 * A month is 487/16 days: pace = remaining·487/(16·days left); projection = ⌈remaining/slope·487/16⌉ days.
 */
let ctx: TestContext;
let agents: Record<Who, Agent>;
let A: number;
let Y: number;
let pod: number;

beforeAll(async () => {
  ({ ctx, agents, A, Y, pod } = await goalsWorld());
});
afterAll(() => ctx.close());

const post = (who: Who, body: object) =>
  agents[who].post('/api/goals').set('X-CSRF-Token', agents[who].csrf).send(body);

describe('goal progress', () => {
  it('projects a rising trend and gives the pace still needed', async () => {
    const res = await post('chapter', {
      metric: 'members',
      scope: 'chapter',
      scopeRef: A,
      target: 20,
      dueOn: plusDays(400),
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      scope: 'chapter',
      scopeRef: String(A),
      scopeLabel: 'A',
      startsOn: T,
      current: 11,
      met: false,
      remaining: 9,
      monthsLeft: round2((400 * 16) / 487),
      pacePerMonth: round2((9 * 487) / (16 * 400)),
      trendPerMonth: 1,
      projectedOn: plusDays(Math.ceil((9 * 487) / 16)),
      onPace: true,
      trend: 'rising',
    });
  });

  it('says a goal already met is met', async () => {
    const res = await post('chapter', {
      metric: 'recruits',
      scope: 'chapter',
      scopeRef: String(A),
      target: 3,
      startsOn: `${shift(M, -6)}-01`,
      dueOn: plusDays(90),
    });
    expect(res.body).toMatchObject({
      current: 7,
      met: true,
      remaining: 0,
      pacePerMonth: 0,
      projectedOn: null,
      onPace: true,
      trend: 'met',
      trendPerMonth: 1,
    });
  });

  it('has no projection when the trend is flat or falling ("no trend")', async () => {
    const res = await post('admin', {
      metric: 'members',
      scope: 'chapter',
      scopeRef: Y,
      target: 10,
      dueOn: plusDays(200),
    });
    expect(res.body).toMatchObject({
      current: 3,
      met: false,
      remaining: 7,
      pacePerMonth: round2((7 * 487) / (16 * 200)),
      trendPerMonth: round2(-96 / 210),
      projectedOn: null,
      onPace: null,
      trend: 'no_trend',
    });
    const flat = await post('national', {
      metric: 'spanish_recruits',
      scope: 'state',
      scopeRef: 'ga',
      target: 5,
      dueOn: plusDays(200),
    });
    expect(flat.body).toMatchObject({
      scopeRef: 'GA',
      current: 0,
      trendPerMonth: 0,
      trend: 'no_trend',
    });
  });

  it('follows members mapped, and says when a metric has no history', async () => {
    const mapped = await post('chapter', {
      metric: 'mapped',
      scope: 'chapter',
      scopeRef: A,
      target: 5,
      dueOn: plusDays(365),
    });
    expect(mapped.body).toMatchObject({
      current: 3,
      remaining: 2,
      trendPerMonth: round2(114 / 210),
      projectedOn: plusDays(Math.ceil((2 * 210 * 487) / (114 * 16))),
      trend: 'rising',
    });
    const committees = await post('national', {
      metric: 'chapters_with_committee',
      scope: 'region',
      scopeRef: 'south',
      target: 2,
      dueOn: plusDays(365),
    });
    expect(committees.body).toMatchObject({
      current: 1,
      met: false,
      trendPerMonth: null,
      projectedOn: null,
      trend: 'not_recorded',
    });
  });

  it('computes a pod goal the way the pod page does, whichever route sets it', async () => {
    const res = await post('organizer', {
      metric: 'members',
      scope: 'pod',
      scopeRef: pod,
      target: 5,
      dueOn: plusDays(365),
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      current: 3,
      trendPerMonth: round2(48 / 210),
      projectedOn: plusDays(Math.ceil((2 * 210 * 487) / (48 * 16))),
      trend: 'rising',
    });
    const page = await agents.organizer.get(`/api/pods/${pod}`);
    expect(page.body.goals.find((g: { id: number }) => g.id === res.body.id).current).toBe(3);
  });
});
