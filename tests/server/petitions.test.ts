import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/src/config';
import {
  anonymous,
  chapterIdByName,
  loginAs,
  makeTestApp,
  type Agent,
  type TestContext,
} from '../factories/app';
import { addMembers } from '../factories/members';
import { post, voteFingerprint } from '../factories/votes';

let ctx: TestContext;
let members: Agent[];
let lapsed: Agent;
let petitionId: number;
let triangle: number;

beforeAll(async () => {
  ctx = await makeTestApp();
  triangle = await chapterIdByName(ctx.db, 'Triangle');
  // The demo has 184 members in good standing; these make 196 (5% of 196 = 9.8 → 10 signatures).
  const made = await addMembers(
    ctx.db,
    Array.from({ length: 12 }, () => ({ chapterId: triangle })),
  );
  members = await Promise.all(made.map((m) => loginAs(ctx.app, m.email)));
  const [gone] = await addMembers(ctx.db, [{ chapterId: triangle, status: 'lapsed' }]);
  lapsed = await loginAs(ctx.app, gone!.email);
});
afterAll(() => ctx.close());

describe('Members Decide petitions', () => {
  it('fixes the threshold at 5% of the members in good standing when the petition opens', async () => {
    const res = await post(members[0]!, '/api/petitions', {
      title: 'Member vote on the 2028 presidential strategy',
      question: 'Should DSA run a member-endorsed presidential campaign in 2028?',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      state: 'open',
      language: 'en',
      membersInGoodStanding: 196,
      thresholdPercent: 5,
      threshold: 10,
      signatures: 0,
      openedByMe: true,
      voteId: null,
    });
    petitionId = res.body.id;
    // Members who join later do not move a threshold already set.
    await addMembers(
      ctx.db,
      Array.from({ length: 40 }, () => ({ chapterId: triangle, login: false })),
    );
    const list = await members[1]!.get('/api/petitions');
    expect(list.body.items.find((p: { id: number }) => p.id === petitionId)).toMatchObject({
      membersInGoodStanding: 196,
      threshold: 10,
      openedByMe: false,
    });
  });

  it('takes one signature per member: the second is refused and changes nothing', async () => {
    const first = await post(members[0]!, `/api/petitions/${petitionId}/signatures`);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ signatures: 1, signedByMe: true });
    const before = await voteFingerprint(ctx.db);
    const again = await post(members[0]!, `/api/petitions/${petitionId}/signatures`);
    expect(again.status).toBe(409);
    expect(again.body.error.message).toMatch(/already signed/);
    expect(await voteFingerprint(ctx.db)).toEqual(before);
  });

  it('refuses lapsed members, staff and anonymous callers', async () => {
    const before = await voteFingerprint(ctx.db);
    expect((await post(lapsed, `/api/petitions/${petitionId}/signatures`)).status).toBe(403);
    expect((await post(lapsed, '/api/petitions', { title: 'x', question: 'y' })).status).toBe(403);
    const national = await loginAs(ctx.app, 'national@demo.test');
    expect((await post(national, `/api/petitions/${petitionId}/signatures`)).status).toBe(403);
    const anon = await anonymous(ctx.app);
    expect((await post(anon, `/api/petitions/${petitionId}/signatures`)).status).toBe(401);
    expect((await anon.get('/api/petitions')).status).toBe(401);
    expect(await voteFingerprint(ctx.db)).toEqual(before);
  });

  it('qualifies on the signature that reaches the threshold and calls one advisory vote', async () => {
    for (const m of members.slice(1, 9)) {
      expect((await post(m, `/api/petitions/${petitionId}/signatures`)).status).toBe(201);
    }
    // Two signers race for the tenth signature: one qualifies it, the other finds it closed.
    const race = await Promise.all(
      members.slice(9, 11).map((m) => post(m, `/api/petitions/${petitionId}/signatures`)),
    );
    expect(race.map((r) => r.status).sort()).toEqual([201, 409]);
    const winner = race.find((r) => r.status === 201)!;
    expect(winner.body).toMatchObject({ state: 'qualified', signatures: 10 });
    const votes = await ctx.db('votes').where('petition_id', petitionId);
    expect(votes).toHaveLength(1);
    expect(votes[0]).toMatchObject({
      kind: 'members_decide',
      state: 'draft',
      title_en: 'Member vote on the 2028 presidential strategy',
    });
    expect(winner.body.voteId).toBe(votes[0].id);
    expect(await ctx.db('petition_signatures').where('petition_id', petitionId)).toHaveLength(10);
    expect((await post(members[11]!, `/api/petitions/${petitionId}/signatures`)).status).toBe(409);
    const audit = await ctx.db('audit_log').where({ entity: 'petition', action: 'qualify' });
    expect(audit).toHaveLength(1);
  });

  it('keeps the draft vote from members until national schedules it', async () => {
    const voteId = (await ctx.db('votes').where('petition_id', petitionId).first()).id;
    expect((await members[0]!.get(`/api/votes/${voteId}`)).status).toBe(404);
    const national = await loginAs(ctx.app, 'national@demo.test');
    const res = await national.get(`/api/votes/${voteId}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ kind: 'members_decide', state: 'draft', petitionId });
  });

  it('takes the share from PETITION_THRESHOLD_PERCENT', async () => {
    expect(loadConfig({ PETITION_THRESHOLD_PERCENT: '2.5' }).petitionThresholdPercent).toBe(2.5);
    expect(() => loadConfig({ PETITION_THRESHOLD_PERCENT: '0' })).toThrow(
      /PETITION_THRESHOLD_PERCENT/,
    );
    ctx.config.petitionThresholdPercent = 2.5;
    try {
      const res = await post(members[1]!, '/api/petitions', {
        title: 'Hacer los materiales en español',
        question: '¿Debe la organización publicar todo en español también?',
        language: 'es',
      });
      // 236 members in good standing now; 2.5% is 5.9 → 6.
      expect(res.body).toMatchObject({ language: 'es', membersInGoodStanding: 236, threshold: 6 });
    } finally {
      ctx.config.petitionThresholdPercent = 5;
    }
  });
});
