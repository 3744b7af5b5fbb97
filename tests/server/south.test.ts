import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { censusSouth } from '@shopfloor/shared';
import type { Agent, TestContext } from '../factories/app';
import type { Who } from '../factories/recruitment';
import { fig, M, shift, southWorld, stateOf } from '../factories/south-world';

/** Southern coverage for admins (exact) against the fixture of southWorld, worked out by hand. */
let ctx: TestContext;
let agents: Record<Who, Agent>;

beforeAll(async () => {
  ({ ctx, agents } = await southWorld());
});
afterAll(() => ctx.close());

describe('GET /api/stats/south (exact, for admins)', () => {
  it('gives every Southern state, zeros where there is no chapter', async () => {
    const res = await agents.admin.get('/api/stats/south');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.states.map((s: { state: string }) => s.state)).toEqual([...censusSouth].sort());
    expect(stateOf(res.body, 'NC')).toEqual({
      state: 'NC',
      name: 'North Carolina',
      ...fig(2, 1, 1, 1, 13, 7, 0.538, 2),
      reserveOrganizers: 2,
    });
    expect(stateOf(res.body, 'GA')).toMatchObject({
      ...fig(1, 0, 1, 1, 7, 2, 0.286, 1),
      reserveOrganizers: 1,
    });
    expect(stateOf(res.body, 'TX')).toMatchObject({
      ...fig(1, 1, 0, 0, 2, 0, 0, 0),
      reserveOrganizers: 1,
    });
    expect(stateOf(res.body, 'AL')).toMatchObject({
      ...fig(0, 0, 0, 0, 0, 0, null, 0),
      reserveOrganizers: 1,
    });
    expect(stateOf(res.body, 'MS')).toMatchObject({
      ...fig(0, 0, 0, 0, 0, 0, null, 0),
      reserveOrganizers: 0,
    });
    expect(res.body.totals).toEqual({
      ...fig(4, 2, 2, 2, 22, 9, 0.409, 3),
      reserveOrganizers: 2,
      regionPods: 1,
    });
  });

  it('splits the South by chapter size class', async () => {
    const { bySizeClass } = (await agents.admin.get('/api/stats/south')).body;
    expect(bySizeClass).toEqual([
      { sizeClass: 'metro', ...fig(2, 1, 2, 2, 17, 8, 0.471, 3) },
      { sizeClass: 'small_city', ...fig(1, 0, 0, 0, 3, 1, 0.333, 0) },
      { sizeClass: 'rural', ...fig(1, 1, 0, 0, 2, 0, 0, 0) },
    ]);
  });

  it('lists the gaps, largest first, with what is missing', async () => {
    const { gaps } = (await agents.admin.get('/api/stats/south')).body;
    expect(
      gaps.map((g: { name: string; members: number; missing: string[] }) => [
        g.name,
        g.members,
        g.missing,
      ]),
    ).toEqual([
      ['G', 7, ['labor_committee']],
      ['Sylva', 3, ['labor_committee', 'pod']],
      ['Brownsville', 2, ['pod']],
    ]);
    expect(gaps[0]).toMatchObject({
      state: 'GA',
      sizeClass: 'metro',
      hasClcDelegate: true,
      pods: 1,
      reserveOrganizers: 1,
    });
  });

  it('gives 24 months of Southern members and mapped members, and no committee history', async () => {
    const { trend } = (await agents.admin.get('/api/stats/south')).body;
    expect(trend.committeeHistory).toBe('not_recorded');
    expect(trend.note).toMatch(/without the date/);
    expect(trend.months).toHaveLength(24);
    expect(trend.months.at(-1).month).toBe(M);
    const at = (m: string) => trend.months.find((p: { month: string }) => p.month === m);
    expect(at(shift(M, -23))).toEqual({
      month: shift(M, -23),
      members: 22,
      membersMapped: 4,
      mappedShare: 0.182,
    });
    expect(at(shift(M, -4))).toMatchObject({ members: 22, membersMapped: 4 });
    expect(at(shift(M, -3))).toMatchObject({ members: 22, membersMapped: 9, mappedShare: 0.409 });
  });
});
