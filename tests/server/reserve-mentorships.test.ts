import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agent, TestContext } from '../factories/app';
import { fingerprint } from '../factories/fingerprint';
import type { Who } from '../factories/recruitment';
import { reserveWorld } from '../factories/reserve-world';

/** Mentorships between reserve organizers and chapters or members, and union staffers. */
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
describe('mentorships', () => {
  it('go from proposed to active to ended, with their dates, and count as open meanwhile', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const open = async () =>
      (await agents.national.get('/api/reserve?state=LA')).body.items[0].openMentorships;
    const made = await send('national', 'post', '/api/mentorships', {
      reserveId: r.p1,
      chapterId: T,
      notes: 'First training in March',
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    expect(made.body).toMatchObject({
      reserveId: r.p1,
      chapter: { id: T, name: 'T', state: 'GA' },
      memberId: null,
      status: 'proposed',
      startedOn: null,
      version: 0,
    });
    expect(await open()).toBe(1);
    const patch = (body: object) =>
      send('national', 'patch', `/api/mentorships/${made.body.id}`, body);
    const active = await patch({ status: 'active', version: 0 });
    expect(active.body).toMatchObject({ status: 'active', startedOn: today, version: 1 });
    expect(
      (await patch({ status: 'proposed', version: 1 })).body.error.fields.status,
    ).toBeDefined();
    expect((await patch({ status: 'ended', version: 0 })).status).toBe(409);
    const ended = await patch({ status: 'ended', notes: 'Committee formed', version: 1 });
    expect(ended.body).toMatchObject({ endedOn: today, notes: 'Committee formed', version: 2 });
    expect((await patch({ status: 'active', version: 2 })).status).toBe(400);
    expect(await open()).toBe(0);
  });

  it('refuses a pairing that does not hold together', async () => {
    const bad = async (body: object, field: string) => {
      const before = await fingerprint(ctx.db);
      const res = await send('national', 'post', '/api/mentorships', body);
      expect(res.status, JSON.stringify(res.body)).toBe(400);
      expect(res.body.error.fields[field]).toBeDefined();
      expect(await fingerprint(ctx.db)).toEqual(before);
    };
    await bad({ reserveId: r.p1 }, 'chapterId');
    await bad({ reserveId: r.p1, chapterId: T, memberId: self }, 'chapterId');
    await bad({ reserveId: r.p5, chapterId: T }, 'reserveId');
    await bad({ reserveId: r.p4, chapterId: T }, 'reserveId');
    await bad({ reserveId: r.p1, chapterId: 999999 }, 'chapterId');
    await bad({ reserveId: r.p1, memberId: 999999 }, 'memberId');
  });

  it("show each reader its own: the chapter's, the member's", async () => {
    const made = await send('national', 'post', '/api/mentorships', {
      reserveId: r.p2,
      memberId: self,
    });
    expect(made.body).toMatchObject({ chapter: null, memberId: self, status: 'proposed' });
    const ids = async (who: Who) =>
      (await agents[who].get('/api/mentorships')).body.items.map((m: { id: number }) => m.id);
    expect(await ids('national')).toHaveLength(2);
    expect(await ids('chapter')).toEqual([made.body.id]);
    expect(await ids('member')).toEqual([made.body.id]);
    expect(await ids('chapter2')).toEqual([]);
    const filtered = await agents.national.get(`/api/mentorships?status=ended&chapterId=${T}`);
    expect(filtered.body.items).toHaveLength(1);
  });
});

describe('union staffers', () => {
  it('lists those in good standing who opted in, by union and state', async () => {
    const res = await agents.national.get('/api/union-staffers');
    expect(res.status).toBe(200);
    expect(
      res.body.items.map((s: { unionName: string; chapter: { state: string } }) => [
        s.unionName,
        s.chapter.state,
      ]),
    ).toEqual([
      ['AFT', 'IL'],
      ['SEIU', 'IL'],
      ['SEIU', 'NC'],
    ]);
    expect(res.body.byUnion).toEqual([
      { unionName: 'AFT', total: 1, byState: { IL: 1 } },
      { unionName: 'SEIU', total: 2, byState: { IL: 1, NC: 1 } },
    ]);
    expect(Object.keys(res.body.items[0]).sort()).toEqual(
      ['chapter', 'firstName', 'lastName', 'memberId', 'unionLocal', 'unionName'].sort(),
    );
    const seiu = await agents.national.get('/api/union-staffers?union=seiu&state=nc');
    expect(seiu.body.items).toHaveLength(1);
    expect((await agents.national.get('/api/union-staffers?limit=2')).body.nextCursor).toBe('2');
  });
});
