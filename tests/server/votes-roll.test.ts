import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chapterIdByName,
  loginAs,
  makeTestApp,
  type Agent,
  type TestContext,
} from '../factories/app';
import { addMembers } from '../factories/members';
import { post, prepareVote, voteFingerprint } from '../factories/votes';

/** The roll freezes when voting opens: members in good standing at that moment, and only they. */
let ctx: TestContext;
let national: Agent;
let reader: Agent;
let lapsesLater: Agent;
let lapsesLaterId: number;
let offRoll: { memberId: number; email: string };
let triangle: number;
let vote: { id: number; version: number; rollSize: number };

beforeAll(async () => {
  ctx = await makeTestApp();
  national = await loginAs(ctx.app, 'national@demo.test');
  triangle = await chapterIdByName(ctx.db, 'Triangle');
  const [r, later, lapsed] = await addMembers(ctx.db, [
    { chapterId: triangle },
    { chapterId: triangle },
    { chapterId: triangle, status: 'lapsed' },
  ]);
  [reader, lapsesLater] = [await loginAs(ctx.app, r!.email), await loginAs(ctx.app, later!.email)];
  lapsesLaterId = later!.memberId;
  offRoll = lapsed!;
  vote = await prepareVote(national);
});
afterAll(() => ctx.close());

describe('the roll', () => {
  it('holds the members in good standing when the vote opened', async () => {
    const goodStanding = await ctx
      .db('members')
      .where('status', 'good_standing')
      .count({ n: '*' })
      .first();
    expect(vote.rollSize).toBe(Number(goodStanding!.n));
    const roll = await ctx.db('vote_roll').where('vote_id', vote.id);
    expect(roll).toHaveLength(vote.rollSize);
    expect(roll.some((r) => r.member_id === offRoll.memberId)).toBe(false);
  });

  it('keeps on the roll a member who lapses after opening, and off it those who join or return', async () => {
    await ctx.db('members').where('id', lapsesLaterId).update({ status: 'lapsed' });
    expect(
      (await post(lapsesLater, `/api/votes/${vote.id}/ballots`, { choice: 'no' })).status,
    ).toBe(201);
    const [joined] = await addMembers(ctx.db, [{ chapterId: triangle }]);
    await ctx.db('members').where('id', offRoll.memberId).update({ status: 'good_standing' });
    const before = await voteFingerprint(ctx.db);
    for (const m of [joined!, offRoll]) {
      const agent = await loginAs(ctx.app, m.email);
      const res = await post(agent, `/api/votes/${vote.id}/ballots`, { choice: 'yes' });
      expect(res.status).toBe(403);
      expect(res.body.error.message).toMatch(/not on the roll/);
      const page = (await agent.get('/api/me/votes')).body.votes.find(
        (v: { id: number }) => v.id === vote.id,
      );
      expect(page).toMatchObject({ onRoll: false, voted: false });
    }
    expect(await voteFingerprint(ctx.db)).toEqual(before);
  });

  it('shows the member who voted as on the roll and voted', async () => {
    const page = (await lapsesLater.get('/api/me/votes')).body.votes.find(
      (v: { id: number }) => v.id === vote.id,
    );
    expect(page).toMatchObject({ state: 'open', onRoll: true, voted: true });
  });

  it('closes with frozen results, and takes the forum recordings afterwards', async () => {
    expect((await reader.get(`/api/votes/${vote.id}/results`)).status).toBe(409);
    await post(reader, `/api/votes/${vote.id}/ballots`, { choice: 'yes' });
    const closed = await post(national, `/api/votes/${vote.id}/state`, {
      state: 'closed',
      version: vote.version,
    });
    expect(closed.status).toBe(200);
    expect(closed.body.closedAt).toEqual(expect.any(String));
    const results = await reader.get(`/api/votes/${vote.id}/results`);
    expect(results.body).toMatchObject({
      rollSize: vote.rollSize,
      ballotsCast: 2,
      participation: 2,
      ballotsPublished: false,
      ballots: null,
      outcome: { totals: { yes: 1, no: 1, abstain: 0 }, result: 'tie' },
    });
    expect(results.body.receiptHashes).toHaveLength(2);
    const forum = (await national.get(`/api/votes/${vote.id}/forums`)).body[0];
    const rec = await national
      .patch(`/api/votes/${vote.id}/forums/${forum.id}`)
      .set('X-CSRF-Token', national.csrf)
      .send({ recordingUrl: 'https://video.example.org/forum-1', version: forum.version });
    expect(rec.body).toMatchObject({
      recordingUrl: 'https://video.example.org/forum-1',
      version: 1,
    });
    expect(
      (
        await post(national, `/api/votes/${vote.id}/state`, {
          state: 'closed',
          version: closed.body.version,
        })
      ).status,
    ).toBe(409);
  });
});
