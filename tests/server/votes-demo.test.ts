import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countVote, voteResults } from '@shopfloor/shared';
import { loginAs, makeTestApp, type Agent, type TestContext } from '../factories/app';
import { post } from '../factories/votes';

/** The demo's votes, as member@demo.test (Keisha Bell) meets them in the browser. */
let ctx: TestContext;
let keisha: Agent;
beforeAll(async () => {
  // Dated from today, as `npm start` seeds it: its open vote closes two weeks from now.
  ctx = await makeTestApp({}, { today: new Date() });
  keisha = await loginAs(ctx.app, 'member@demo.test');
});
afterAll(() => ctx.close());

describe('demo votes', () => {
  it('has an open petition Keisha can sign', async () => {
    const { items } = (await keisha.get('/api/petitions?state=open')).body;
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ signatures: 6, threshold: 10, signedByMe: false });
    const signed = await post(keisha, `/api/petitions/${items[0].id}/signatures`);
    expect(signed.body).toMatchObject({ signatures: 7, signedByMe: true, state: 'open' });
  });

  it('has an open endorsement with its forums and statements, which Keisha can vote in', async () => {
    const { votes } = (await keisha.get('/api/me/votes')).body;
    const open = votes.find((v: { state: string }) => v.state === 'open');
    expect(open).toMatchObject({ kind: 'endorsement', onRoll: true, voted: false, language: 'en' });
    expect(open.forums).toHaveLength(2);
    expect(open.forums[0].recordingUrl).toMatch(/^https:/);
    expect(open.statements.map((s: { side: string }) => s.side)).toEqual(['for', 'against']);
    const detail = (await keisha.get(`/api/votes/${open.id}`)).body;
    expect(detail.statementsSentAt).not.toBeNull();
    const cast = await post(keisha, `/api/votes/${open.id}/ballots`, { choice: 'yes' });
    expect(cast.status).toBe(201);
    expect((await post(keisha, `/api/votes/${open.id}/ballots`, { choice: 'no' })).status).toBe(
      409,
    );
  });

  it('has a closed advisory vote whose published ballots recount to its results', async () => {
    const closed = (await keisha.get('/api/votes?state=closed')).body.items[0];
    const results = voteResults.parse((await keisha.get(`/api/votes/${closed.id}/results`)).body);
    expect(results).toMatchObject({ ballotsCast: 70, participation: 70, ballotsPublished: true });
    const seed = 'ignored for yes/no';
    expect(
      countVote(
        closed,
        results.ballots!.map((b) => b.choices),
        seed,
      ),
    ).toEqual(results.outcome);
    const national = await loginAs(ctx.app, 'national@demo.test');
    const turnout = (await national.get(`/api/votes/${closed.id}/turnout?by=region`)).body;
    expect(turnout).toMatchObject({ voted: 70, roll: results.rollSize });
  });

  it('refuses a ballot once the closing day has ended, even before national closes the vote', async () => {
    const { votes } = (await keisha.get('/api/me/votes')).body;
    const open = votes.find((v: { state: string }) => v.state === 'open');
    await ctx.db('votes').where('id', open.id).update({ closes_on: '2026-01-31' });
    const late = await post(keisha, `/api/votes/${open.id}/ballots`, { choice: 'yes' });
    expect(late.status).toBe(409);
    expect(late.body.error.message).toMatch(/closed at the end of 2026-01-31/);
  });
});
