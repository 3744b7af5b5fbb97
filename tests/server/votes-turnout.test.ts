import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, makeTestApp, type Agent, type TestContext } from '../factories/app';
import { addStaff } from '../factories/members';
import { turnoutFixture, type People } from '../factories/turnout-fixture';
import { post, prepareVote, voteFingerprint } from '../factories/votes';

/**
 * Turnout over the hand-built organization of turnoutFixture (see there for who is where).
 * Voted: D1–D3 online; D4–D7, A1 and A4 imported from a vote run elsewhere.
 */
let ctx: TestContext;
let national: Agent;
let admin: Agent;
let voteId: number;
let m: People;

beforeAll(async () => {
  ctx = await makeTestApp({}, { demo: false });
  m = await turnoutFixture(ctx.db);
  await addStaff(ctx.db, 'national@votes.test', 'national');
  await addStaff(ctx.db, 'admin@votes.test', 'admin');
  national = await loginAs(ctx.app, 'national@votes.test');
  admin = await loginAs(ctx.app, 'admin@votes.test');
  voteId = (await prepareVote(national)).id;
  for (const k of ['D1', 'D2', 'D3']) {
    const agent = await loginAs(ctx.app, m[k]!.email);
    expect((await post(agent, `/api/votes/${voteId}/ballots`, { choice: 'yes' })).status).toBe(201);
  }
});
afterAll(() => ctx.close());

const importCsv = (query: string, csv: string) =>
  admin
    .post(`/api/votes/${voteId}/participation/import${query}`)
    .set('X-CSRF-Token', admin.csrf)
    .set('Content-Type', 'text/csv')
    .send(csv);

describe('participation from a vote run elsewhere', () => {
  const csv = () =>
    [
      'member_id,email',
      `${m.D4!.memberId},`,
      `${m.D5!.memberId},`,
      `,${m.D6!.email.toUpperCase()}`,
      `,${m.D7!.email}`,
      `${m.A1!.memberId},`,
      `${m.A4!.memberId},`,
      `${m.D4!.memberId},`,
      `${m.D1!.memberId},`,
      `${m.L1!.memberId},`,
      ',nobody@nowhere.test',
      'x12,',
    ].join('\n');

  it('commits nothing while a line is rejected', async () => {
    const before = await voteFingerprint(ctx.db);
    const res = await importCsv('', csv());
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ committed: false, recorded: 0, alreadyRecorded: 2 });
    expect(res.body.rejected.map((r: { line: number }) => r.line)).toEqual([10, 11, 12]);
    expect(res.body.rejected[0].errors[0]).toMatch(/not on the roll/);
    expect(await voteFingerprint(ctx.db)).toEqual(before);
  });

  it('records the good lines when asked to skip the rejected, with no ballots', async () => {
    const ballots = await ctx.db('vote_ballots').where('vote_id', voteId);
    const res = await importCsv('?skipRejected=true', csv());
    expect(res.body).toMatchObject({ committed: true, recorded: 6, alreadyRecorded: 2 });
    expect(await ctx.db('vote_ballots').where('vote_id', voteId)).toHaveLength(ballots.length);
    expect(
      await ctx.db('vote_participation').where({ vote_id: voteId, source: 'import' }),
    ).toHaveLength(6);
  });
});

describe('turnout', () => {
  const get = (agent: Agent, by: string) => agent.get(`/api/votes/${voteId}/turnout?by=${by}`);
  const groups = (body: {
    groups: { key: string; roll: unknown; voted: unknown; turnout: unknown }[];
  }) => Object.fromEntries(body.groups.map((g) => [g.key, [g.roll, g.voted, g.turnout]]));

  it('gives admins exact figures by chapter, region, industry and pod', async () => {
    const chapters = (await get(admin, 'chapter')).body;
    expect(chapters).toMatchObject({
      roll: 23,
      voted: 9,
      turnout: 39.1,
      suppressionThreshold: null,
    });
    expect(chapters.groups.map((g: { label: string }) => g.label)).toEqual([
      'Atlanta',
      'Chicago',
      'Durham',
    ]);
    expect(chapters.groups.map((g: { roll: number; voted: number }) => [g.roll, g.voted])).toEqual([
      [6, 2],
      [7, 0],
      [10, 7],
    ]);
    expect(groups((await get(admin, 'region')).body)).toEqual({
      south: [16, 9, 56.3],
      midwest: [7, 0, 0],
    });
    const industry = (await get(admin, 'industry')).body;
    expect(groups(industry)).toEqual({
      '62': [9, 7, 77.8],
      '44-45': [3, 1, 33.3],
      '61': [2, 0, 0],
      none: [9, 1, 11.1],
    });
    expect(industry.groups.find((g: { key: string }) => g.key === '62').label).toBe(
      'Health Care and Social Assistance',
    );
    const pods = (await get(admin, 'pod')).body;
    expect(
      pods.groups.map((g: { label: string; roll: number; voted: number }) => [
        g.label,
        g.roll,
        g.voted,
      ]),
    ).toEqual([
      ['Atlanta healthcare', 3, 1],
      ['Chicago educators', 2, 0],
      ['Not in a pod', 14, 4],
      ['Triangle healthcare', 4, 4],
    ]);
  });

  it('suppresses counts from 1 to 4 for national, and a second where a total is shown', async () => {
    const chapters = (await get(national, 'chapter')).body;
    expect(chapters).toMatchObject({ roll: 23, voted: 9, turnout: 39.1, suppressionThreshold: 5 });
    expect(
      chapters.groups.map((g: { roll: unknown; voted: unknown; turnout: unknown }) => [
        g.roll,
        g.voted,
        g.turnout,
      ]),
    ).toEqual([
      [6, '<5', null],
      [7, 0, 0],
      [10, 'suppressed', null],
    ]);
    expect(groups((await get(national, 'industry')).body)).toEqual({
      '62': [9, 7, 77.8],
      '44-45': ['<5', '<5', null],
      '61': ['<5', 0, null],
      none: [9, '<5', null],
    });
  });

  it('is only for national staff and admins, once the roll is frozen', async () => {
    const draft = await post(national, '/api/votes', {
      kind: 'endorsement',
      title: { en: 'Draft' },
      question: { en: 'Draft?' },
    });
    expect((await national.get(`/api/votes/${draft.body.id}/turnout`)).status).toBe(409);
    const member = await loginAs(ctx.app, m.D1!.email);
    expect((await get(member, 'chapter')).status).toBe(403);
    expect((await get(admin, 'state')).status).toBe(400);
  });
});
