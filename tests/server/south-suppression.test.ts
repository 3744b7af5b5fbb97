import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, makeTestApp, type Agent, type TestContext } from '../factories/app';
import { insertLogin, roleMatrix, type Who } from '../factories/recruitment';
import { southWorld, stateOf } from '../factories/south-world';

/** What national staff see of Southern coverage, who may see it, and a configured South. */
let ctx: TestContext;
let agents: Record<Who, Agent>;

beforeAll(async () => {
  ({ ctx, agents } = await southWorld());
});
afterAll(() => ctx.close());

describe('GET /api/stats/south (suppressed for national staff)', () => {
  it('suppresses small counts with a complement in every breakdown, and no share from them', async () => {
    const res = await agents.national.get('/api/stats/south');
    expect(res.body.suppressionThreshold).toBe(5);
    expect(stateOf(res.body, 'NC')).toMatchObject({
      members: 13,
      membersMapped: 'suppressed',
      mappedShare: null,
      activeCampaigns: '<5',
    });
    expect(stateOf(res.body, 'GA')).toMatchObject({
      members: 'suppressed',
      membersMapped: '<5',
      mappedShare: null,
      activeCampaigns: '<5',
    });
    expect(stateOf(res.body, 'TX')).toMatchObject({
      members: '<5',
      membersMapped: 0,
      mappedShare: null,
      chapters: 1,
    });
    expect(res.body.totals).toMatchObject({
      members: 22,
      membersMapped: 9,
      mappedShare: 0.409,
      activeCampaigns: '<5',
      chapters: 4,
    });
    expect(
      res.body.bySizeClass.map((s: { members: unknown; membersMapped: unknown }) => [
        s.members,
        s.membersMapped,
      ]),
    ).toEqual([
      [17, 'suppressed'],
      ['<5', '<5'],
      ['<5', 0],
    ]);
    // Small chapters sort as one size (then by name): the order does not tell 3 from 2.
    expect(
      res.body.gaps.map((g: { name: string; members: unknown }) => [g.name, g.members]),
    ).toEqual([
      ['G', 7],
      ['Brownsville', '<5'],
      ['Sylva', '<5'],
    ]);
    expect(res.body.trend.months[0]).toMatchObject({
      members: 22,
      membersMapped: '<5',
      mappedShare: null,
    });
  });
});

describe('who may read Southern coverage', () => {
  roleMatrix(
    () => ({ ctx, agents }),
    [
      {
        name: 'GET /api/stats/south',
        method: 'get',
        target: () => ({ path: '/api/stats/south' }),
        expect: {
          anon: 401,
          admin: 200,
          national: 200,
          chapter: 403,
          chapter2: 403,
          organizer: 403,
          member: 403,
        },
      },
    ],
  );
});

describe('a configured South', () => {
  it('lists the configured states, each even without a chapter', async () => {
    const other = await makeTestApp({ SOUTH_STATES: 'NC,GA,AL' }, { demo: false });
    try {
      await insertLogin(other.db, 'national@fixture.test', 'national', null);
      const national = await loginAs(other.app, 'national@fixture.test');
      const res = await national.get('/api/stats/south');
      expect(
        res.body.states.map((s: { state: string; chapters: number }) => [s.state, s.chapters]),
      ).toEqual([
        ['AL', 0],
        ['GA', 0],
        ['NC', 0],
      ]);
      expect(res.body.gaps).toEqual([]);
    } finally {
      await other.close();
    }
  });
});
