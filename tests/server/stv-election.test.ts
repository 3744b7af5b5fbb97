import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countVote, voteResults } from '@shopfloor/shared';
import {
  chapterIdByName,
  loginAs,
  makeTestApp,
  type Agent,
  type TestContext,
} from '../factories/app';
import { addMembers } from '../factories/members';
import { post, prepareVote, voteFingerprint, yesNoVote } from '../factories/votes';

/**
 * A three-seat leadership election run through the API with the ballots of Wikipedia's STV food
 * election (https://en.wikipedia.org/wiki/Single_transferable_vote#Example), closed, published
 * and recounted from what was published.
 */
let ctx: TestContext;
let national: Agent;
let voters: Agent[];
let vote: { id: number; version: number; candidates: { id: number; name: string }[] };
const receipts: string[] = [];

const ranked = (...ids: number[]) => ({
  rankings: ids.map((candidate, i) => ({ candidate, rank: i + 1 })),
});
const close = async (id: number) => {
  const { version } = await ctx.db('votes').where({ id }).first('version');
  return post(national, `/api/votes/${id}/state`, { state: 'closed', version });
};

beforeAll(async () => {
  ctx = await makeTestApp();
  national = await loginAs(ctx.app, 'national@demo.test');
  const triangle = await chapterIdByName(ctx.db, 'Triangle');
  const made = await addMembers(
    ctx.db,
    Array.from({ length: 20 }, () => ({ chapterId: triangle })),
  );
  voters = await Promise.all(made.map((m) => loginAs(ctx.app, m.email)));
  vote = await prepareVote(national, {
    kind: 'leadership',
    seats: 3,
    title: { en: 'Steering committee', es: 'Comité directivo' },
    question: { en: 'Rank the candidates', es: 'Ordena a las candidaturas' },
    candidates: ['Oranges', 'Pears', 'Chocolate', 'Strawberries', 'Sweets'].map((name) => ({
      name,
    })),
  });
});
afterAll(() => ctx.close());

describe('a leadership election by STV', () => {
  it('numbers the candidates and keeps the seats', () => {
    expect(vote.candidates.map((c) => c.id)).toEqual([1, 2, 3, 4, 5]);
  });

  it('refuses ranked ballots that repeat or skip a rank or name an unknown candidate, leaving no trace', async () => {
    const before = await voteFingerprint(ctx.db);
    const bad = [
      {
        rankings: [
          { candidate: 1, rank: 1 },
          { candidate: 2, rank: 1 },
        ],
      },
      {
        rankings: [
          { candidate: 1, rank: 1 },
          { candidate: 2, rank: 3 },
        ],
      },
      { rankings: [{ candidate: 9, rank: 1 }] },
      {
        rankings: [
          { candidate: 1, rank: 1 },
          { candidate: 1, rank: 2 },
        ],
      },
      { rankings: [] },
      { choice: 'yes' },
      { rankings: [{ candidate: 1, rank: 1, extra: true }] },
    ];
    for (const body of bad) {
      const res = await post(voters[0]!, `/api/votes/${vote.id}/ballots`, body);
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.error.fields).join()).toMatch(/rankings|choice/);
    }
    expect(await voteFingerprint(ctx.db)).toEqual(before);
  });

  it('takes the 20 ballots of the food election', async () => {
    const [orange, pear, chocolate, strawberry, sweets] = [1, 2, 3, 4, 5];
    const food = [
      ...Array(4).fill(ranked(orange)),
      ...Array(2).fill(ranked(pear, orange)),
      ...Array(8).fill(ranked(chocolate, strawberry)),
      ...Array(4).fill(ranked(chocolate, sweets)),
      ranked(strawberry),
      ranked(sweets),
    ];
    for (const [i, body] of food.entries()) {
      const res = await post(voters[i]!, `/api/votes/${vote.id}/ballots`, body);
      expect(res.status).toBe(201);
      receipts.push(res.body.receipt);
    }
  });

  it('publishes frozen results that a recount of the published ballots reproduces', async () => {
    expect((await close(vote.id)).status).toBe(200);
    const res = await voters[5]!.get(`/api/votes/${vote.id}/results`);
    expect(res.status).toBe(200);
    const results = voteResults.parse(res.body);
    expect(results.outcome).toMatchObject({ method: 'stv', quota: 6, elected: [3, 1, 4] });
    expect(results.ballotsPublished).toBe(true);
    expect(results.ballots).toHaveLength(20);
    const recount = countVote(
      { kind: 'leadership', seats: 3, candidates: vote.candidates },
      results.ballots!.map((b) => b.choices),
      (results.outcome as { seed: string }).seed,
    );
    expect(recount).toEqual(results.outcome);
    // Each voter finds their own ballot by the hash of their receipt.
    const hash = createHash('sha256').update(receipts[0]!).digest('hex');
    expect(results.ballots!.find((b) => b.receiptHash === hash)!.choices).toEqual({ ranking: [1] });
    // Results are frozen: a later write to the ballots table does not change them.
    await ctx.db('vote_ballots').where('vote_id', vote.id).delete();
    expect((await voters[5]!.get(`/api/votes/${vote.id}/results`)).body).toEqual(res.body);
  });

  it('publishes only the totals when fewer than 20 members voted', async () => {
    const small = await prepareVote(national, yesNoVote);
    for (const [i, voter] of voters.slice(0, 19).entries()) {
      await post(voter, `/api/votes/${small.id}/ballots`, {
        choice: i < 12 ? 'yes' : i < 17 ? 'no' : 'abstain',
      });
    }
    await close(small.id);
    const res = await national.get(`/api/votes/${small.id}/results`);
    expect(res.body).toMatchObject({
      ballotsCast: 19,
      ballotsPublished: false,
      ballots: null,
      minimumForPublication: 20,
      outcome: { method: 'majority', totals: { yes: 12, no: 5, abstain: 2 }, result: 'yes' },
    });
    expect(res.body.receiptHashes).toHaveLength(19);
    expect([...res.body.receiptHashes].sort()).toEqual(res.body.receiptHashes);
  });

  it('counts a single seat by instant runoff', async () => {
    const irv = await prepareVote(national, {
      kind: 'leadership',
      title: { en: 'Co-chair' },
      question: { en: 'Rank the candidates for co-chair' },
      candidates: [{ name: 'Rosa' }, { name: 'Omar' }, { name: 'Mei' }],
    });
    const ballots = [ranked(1), ranked(1), ranked(2, 3), ranked(3, 2), ranked(3, 2)];
    for (const [i, b] of ballots.entries())
      await post(voters[i]!, `/api/votes/${irv.id}/ballots`, b);
    await close(irv.id);
    const { outcome } = (await national.get(`/api/votes/${irv.id}/results`)).body;
    expect(outcome).toMatchObject({ method: 'irv', seats: 1, elected: [3] });
    expect(outcome.rounds[1]).toMatchObject({
      action: 'exclusion',
      candidate: 2,
      transfers: { 3: 1 },
    });
  });
});
