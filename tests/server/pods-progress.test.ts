import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chapterIdByName,
  loginAs,
  makeTestApp,
  type Agent,
  type TestContext,
} from '../factories/app';
import { employ, insertMember, insertWorkplace } from '../factories/pods';

/**
 * Pod progress against figures worked out by hand from a small fixture: six members with known
 * joins and status histories, two workplaces with known campaign histories, three meetings.
 */
let ctx: TestContext;
let chapter: Agent;
let podId: number;
const m: Record<'A' | 'B' | 'C' | 'D' | 'E' | 'F', number> = {} as never;

const history = (memberId: number, steps: [string, string, string][]) =>
  ctx.db('organizing_status_history').insert(
    steps.map(([from, to, at]) => ({
      member_id: memberId,
      from_status: from,
      to_status: to,
      changed_at: at,
    })),
  );
async function campaign(workplaceId: number, triangle: number, steps: [string, string][]) {
  const [row] = await ctx
    .db('campaigns')
    .insert({
      workplace_id: workplaceId,
      chapter_id: triangle,
      stage: steps.at(-1)![0],
      started_on: steps[0]![1].slice(0, 10),
      created_at: steps[0]![1],
      updated_at: steps[0]![1],
    })
    .returning('id');
  await ctx
    .db('campaign_stage_history')
    .insert(steps.map(([to, at]) => ({ campaign_id: row.id, to_stage: to, changed_at: at })));
}
const send = (method: 'post' | 'put', path: string, body: object) =>
  chapter[method](path).set('X-CSRF-Token', chapter.csrf).send(body);

beforeAll(async () => {
  ctx = await makeTestApp();
  chapter = await loginAs(ctx.app, 'chapter@demo.test');
  const t = await chapterIdByName(ctx.db, 'Triangle');
  const pod = await send('post', '/api/pods', {
    name: 'Fixture pod',
    industry: '62',
    scope: 'chapter',
    chapterId: t,
  });
  podId = pod.body.id;
  const member = (status: string, joined: string | null, source: string | null) =>
    insertMember(ctx.db, t, {
      organizing_status: status,
      joined_on: joined,
      recruitment_source: source,
    });
  m.A = await member('committee', '2025-12-10', 'workplace');
  m.B = await member('trained', '2026-02-20', 'campaign');
  m.C = await member('not_started', '2026-04-05', 'online');
  m.D = await member('campaign', '2024-01-01', 'workplace');
  m.E = await member('not_started', null, null);
  m.F = await member('not_started', '2026-03-03', 'workplace');
  await history(m.A, [
    ['not_started', 'trained', '2026-01-15T10:00:00.000Z'],
    ['trained', 'mapping', '2026-03-01T00:00:00.000Z'],
    ['mapping', 'committee', '2026-05-31T23:59:59.000Z'],
  ]);
  await history(m.B, [['not_started', 'trained', '2026-02-28T12:00:00.000Z']]);
  await history(m.D, [
    ['not_started', 'trained', '2024-06-01T12:00:00.000Z'],
    ['trained', 'mapping', '2025-11-01T12:00:00.000Z'],
    ['mapping', 'committee', '2026-02-10T12:00:00.000Z'],
    ['committee', 'campaign', '2026-06-15T12:00:00.000Z'],
  ]);
  const w1 = await insertWorkplace(ctx.db, t);
  const w2 = await insertWorkplace(ctx.db, t);
  await employ(ctx.db, m.A, w1);
  await employ(ctx.db, m.D, w1);
  await employ(ctx.db, m.B, w2);
  // An older, lost campaign at W1, then a newer one: the newest begun by a month's end counts.
  await campaign(w1, t, [
    ['mapping', '2025-03-01T12:00:00.000Z'],
    ['lost', '2025-09-01T12:00:00.000Z'],
  ]);
  await campaign(w1, t, [
    ['mapping', '2026-01-20T12:00:00.000Z'],
    ['committee', '2026-03-10T12:00:00.000Z'],
    ['majority', '2026-05-05T12:00:00.000Z'],
  ]);
  await campaign(w2, t, [
    ['mapping', '2026-04-01T00:00:00.000Z'],
    ['paused', '2026-04-20T12:00:00.000Z'],
  ]);
  for (const id of Object.values(m))
    expect(
      (await chapter.put(`/api/pods/${podId}/members/${id}`).set('X-CSRF-Token', chapter.csrf))
        .status,
    ).toBe(200);
  const meeting = async (
    heldOn: string,
    kind: string,
    workplaceTraining: boolean,
    ids: number[],
  ) => {
    const res = await send('post', `/api/pods/${podId}/meetings`, {
      heldOn,
      kind,
      title: `${kind} ${heldOn}`,
      workplaceTraining,
    });
    return send('put', `/api/pods/${podId}/meetings/${res.body.id}/attendance`, { memberIds: ids });
  };
  await meeting('2026-02-05', 'meeting', false, [m.A, m.B]);
  const training = await meeting('2026-02-25', 'training', true, [m.B, m.E]);
  expect(training.body.trained).toEqual([m.E]);
  await meeting('2026-04-10', 'meeting', false, []);
  await send('post', `/api/pods/${podId}/goals`, {
    metric: 'trained',
    target: 5,
    dueOn: '2026-12-31',
  });
  await send('post', `/api/pods/${podId}/goals`, {
    metric: 'recruits',
    target: 3,
    startsOn: '2026-01-01',
    dueOn: '2026-06-30',
  });
});
afterAll(() => ctx.close());

const statuses = (ns: number, tr: number, mp: number, cm: number, ca = 0) => ({
  not_started: ns,
  trained: tr,
  mapping: mp,
  committee: cm,
  campaign: ca,
  unionized: 0,
});
const none = { majority: 0, public: 0, election: 0, bargaining: 0, won: 0 };

describe('GET /api/pods/:id/progress', () => {
  it('counts members by status, workplaces by stage, recruits and attendance at each month end', async () => {
    const res = await chapter.get(`/api/pods/${podId}/progress?from=2025-12&to=2026-05`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const s = res.body.series;
    expect(s.map((p: { month: string }) => p.month)).toEqual([
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
    ]);
    expect(s.map((p: { members: number }) => p.members)).toEqual([3, 3, 4, 5, 6, 6]);
    expect(s[0].byStatus).toEqual(statuses(2, 0, 1, 0));
    expect(s[1].byStatus).toEqual(statuses(1, 1, 1, 0));
    expect(s[2].byStatus).toEqual(statuses(1, 2, 0, 1));
    expect(s[3].byStatus).toEqual(statuses(2, 1, 1, 1));
    expect(s[4].byStatus).toEqual(statuses(3, 1, 1, 1));
    expect(s[5].byStatus).toEqual(statuses(3, 1, 0, 2));
    const stages = (stage: Record<string, number>) => ({
      none: 0,
      mapping: 0,
      committee: 0,
      lost: 0,
      paused: 0,
      ...none,
      ...stage,
    });
    expect(s.map((p: { workplacesByStage: object }) => p.workplacesByStage)).toEqual([
      stages({ lost: 1, none: 1 }),
      stages({ mapping: 1, none: 1 }),
      stages({ mapping: 1, none: 1 }),
      stages({ committee: 1, none: 1 }),
      stages({ committee: 1, paused: 1 }),
      stages({ majority: 1, paused: 1 }),
    ]);
    expect(s.map((p: { recruits: number }) => p.recruits)).toEqual([1, 0, 1, 1, 0, 0]);
    expect(s.map((p: { meetings: number }) => p.meetings)).toEqual([0, 0, 2, 0, 1, 0]);
    expect(s[2]).toMatchObject({ attendances: 4, attendees: 3 });
    expect(s[4]).toMatchObject({ attendances: 0, attendees: 0 });
    // Now: E was trained at the workplace-organizing training.
    expect(res.body.funnel).toEqual(statuses(2, 2, 0, 1, 1));
    expect(res.body.workplacesByStage).toEqual(stages({ majority: 1, paused: 1 }));
    expect(
      res.body.goals.map((g: { metric: string; current: number }) => [g.metric, g.current]),
    ).toEqual([
      ['recruits', 2],
      ['trained', 4],
    ]);
    expect(res.body.suppressionThreshold).toBeNull();
  });

  it('writes the training into the status history, by whoever recorded the attendance', async () => {
    const rows = await ctx.db('organizing_status_history').where('member_id', m.E);
    const chapterUser = (await ctx.db('users').where('email', 'chapter@demo.test').first()).id;
    expect(rows).toMatchObject([
      { from_status: 'not_started', to_status: 'trained', changed_by: chapterUser },
    ]);
    expect((await ctx.db('members').where('id', m.E).first()).organizing_status).toBe('trained');
  });

  it('defaults to the last 24 months and suppresses small counts for national', async () => {
    const national = await loginAs(ctx.app, 'national@demo.test');
    const res = await national.get(`/api/pods/${podId}/progress`);
    expect(res.status).toBe(200);
    expect(res.body.series).toHaveLength(24);
    expect(res.body.to).toBe(new Date().toISOString().slice(0, 7));
    expect(res.body.suppressionThreshold).toBe(5);
    const last = res.body.series.at(-1);
    expect(last.members).toBe(6);
    for (const v of Object.values(last.byStatus as Record<string, unknown>))
      expect(v === 0 || v === '<5' || v === 'suppressed' || (v as number) >= 5).toBe(true);
    expect(res.body.funnel.not_started).toBe('<5');
  });

  it('names a bad month or a range too long', async () => {
    const bad = await chapter.get(`/api/pods/${podId}/progress?from=2026-13`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.from).toBeDefined();
    const reversed = await chapter.get(`/api/pods/${podId}/progress?from=2026-05&to=2026-01`);
    expect(reversed.body.error.fields.from).toMatch(/after/);
    const long = await chapter.get(`/api/pods/${podId}/progress?from=2016-01&to=2026-01`);
    expect(long.body.error.fields.from).toMatch(/at most 60/);
  });
});
