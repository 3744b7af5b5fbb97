import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agent, TestContext } from '../factories/app';
import { fingerprint } from '../factories/fingerprint';
import type { Who } from '../factories/recruitment';
import { km, place, reserveWorld } from '../factories/reserve-world';

/** Opting in and out of the organizer reserve, and the reserve as national staff see it. */
let ctx: TestContext;
let agents: Record<Who, Agent>;
let T: number;
let self: number;
let r: Awaited<ReturnType<typeof reserveWorld>>['r'];

beforeAll(async () => {
  ({ ctx, agents, T, self, r } = await reserveWorld());
});
afterAll(() => ctx.close());

const send = (who: Who, method: 'put' | 'post' | 'patch' | 'delete', path: string, body?: object) =>
  agents[who][method](path)
    .set('X-CSRF-Token', agents[who].csrf)
    .send(body ?? {});
const mine = {
  skills: ['workplace_mapping', 'one_on_ones', 'workplace_mapping'],
  languages: ['en'],
  hoursPerMonth: 6,
  states: ['nc', 'GA'],
  industries: ['61'],
};

describe('opting in and out of the reserve', () => {
  it('lets a member opt in, change, leave and come back, each audited', async () => {
    expect((await agents.member.get('/api/me/reserve')).body).toEqual({ entry: null });
    const put = await send('member', 'put', '/api/me/reserve', mine);
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    expect(put.body.entry).toMatchObject({
      memberId: self,
      skills: ['workplace_mapping', 'one_on_ones'],
      states: ['NC', 'GA'],
      version: 0,
    });
    const changed = await send('member', 'put', '/api/me/reserve', { ...mine, hoursPerMonth: 12 });
    expect(changed.body.entry).toMatchObject({ hoursPerMonth: 12, version: 1 });
    expect((await send('member', 'delete', '/api/me/reserve')).body).toEqual({ ok: true });
    expect((await agents.member.get('/api/me/reserve')).body).toEqual({ entry: null });
    expect((await send('member', 'delete', '/api/me/reserve')).status).toBe(404);
    const back = await send('member', 'put', '/api/me/reserve', mine);
    expect(back.body.entry).toMatchObject({ id: put.body.entry.id, version: 3 });
    const actions = await ctx
      .db('audit_log')
      .where('entity', 'reserve')
      .orderBy('id')
      .pluck('action');
    expect(actions).toEqual(['opt_in', 'update', 'withdraw', 'rejoin']);
  });

  it('names each bad answer and writes nothing', async () => {
    for (const [body, field] of [
      [{ ...mine, skills: [] }, 'skills'],
      [{ ...mine, skills: ['picketing'] }, 'skills.0'],
      [{ ...mine, hoursPerMonth: 0 }, 'hoursPerMonth'],
      [{ ...mine, states: ['ZZ'] }, 'states.0'],
      [{ ...mine, industries: ['99'] }, 'industries.0'],
      [{ ...mine, workplace: 'Acme' }, 'body'],
    ] as const) {
      const before = await fingerprint(ctx.db);
      const res = await send('member', 'put', '/api/me/reserve', body);
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.error.fields), JSON.stringify(res.body)).toContain(field);
      expect(await fingerprint(ctx.db)).toEqual(before);
    }
  });
});

describe('the reserve for national staff', () => {
  it('lists listed organizers in good standing with name, chapter and skills, never a workplace', async () => {
    const res = await agents.national.get('/api/reserve');
    expect(res.status).toBe(200);
    const ids = res.body.items
      .map((x: { id: number }) => x.id)
      .sort((a: number, b: number) => a - b);
    const selfEntry = (await agents.member.get('/api/me/reserve')).body.entry.id;
    expect(ids).toEqual([r.p1, r.p2, r.p3, selfEntry].sort((a, b) => a - b));
    expect(Object.keys(res.body.items[0]).sort()).toEqual(
      [
        'chapter',
        'firstName',
        'hoursPerMonth',
        'id',
        'industries',
        'languages',
        'lastName',
        'memberId',
        'openMentorships',
        'since',
        'skills',
        'states',
        'version',
      ].sort(),
    );
    expect(JSON.stringify(res.body)).not.toMatch(/Site \d|employer|email|phone/);
  });

  it('filters by state, language, industry and skill', async () => {
    const ids = async (q: string) =>
      (await agents.national.get(`/api/reserve?${q}`)).body.items
        .map((x: { id: number }) => x.id)
        .sort((a: number, b: number) => a - b);
    expect(await ids('state=tx')).toEqual([r.p3]);
    expect(await ids('language=es')).toEqual([r.p2, r.p3]);
    expect(await ids('industry=62')).toEqual([r.p3]);
    expect(await ids('state=LA&industry=48-49')).toEqual([r.p1]);
    expect(await ids('skill=bargaining')).toEqual([r.p3]);
    expect(await ids('skill=one_on_ones&language=es')).toEqual([r.p2, r.p3]);
    expect((await agents.national.get('/api/reserve?state=ZZ')).status).toBe(400);
    const badSkill = await agents.national.get('/api/reserve?skill=juggling');
    expect(badSkill.status).toBe(400);
    expect(badSkill.body.error.fields).toHaveProperty('skill');
  });

  it("suggests the chapter's industry first, Spanish speakers next when asked, then the nearest", async () => {
    const selfEntry = (await agents.member.get('/api/me/reserve')).body.entry.id;
    const suggest = (q = '') => agents.national.get(`/api/reserve/suggestions?chapterId=${T}${q}`);
    const plain = await suggest();
    expect(plain.body.chapter).toMatchObject({
      id: T,
      isSouth: true,
      hasLaborCommittee: false,
      industry: '48-49',
      spanishFirst: false,
    });
    const order = (res: typeof plain) => res.body.items.map((x: { id: number }) => x.id);
    expect(order(plain)).toEqual([r.p1, r.p2, selfEntry, r.p3]);
    const [first, second, third] = plain.body.items;
    expect(first).toMatchObject({ sameIndustry: true, speaksSpanish: false, supportsState: true });
    expect(first.distanceKm).toBeCloseTo(km(place.N, place.T), 0);
    expect(second.distanceKm).toBeCloseTo(km(place.C, place.T), 0);
    expect(third.distanceKm).toBeCloseTo(km(place.A, place.T), 0);
    expect(order(await suggest('&spanish=true'))).toEqual([r.p2, r.p1, r.p3, selfEntry]);
    const chapter = await agents.admin.get(`/api/chapters/${T}`);
    expect(chapter.body.wantsSpanish).toBe(false);
    const asks = await send('admin', 'patch', `/api/chapters/${T}`, {
      wantsSpanish: true,
      version: chapter.body.version,
    });
    expect(asks.body.wantsSpanish).toBe(true);
    expect(order(await suggest())).toEqual([r.p2, r.p1, r.p3, selfEntry]);
    expect(order(await suggest('&spanish=false&limit=2'))).toEqual([r.p1, r.p2]);
    expect((await agents.national.get('/api/reserve/suggestions?chapterId=999999')).status).toBe(
      404,
    );
  });
});
