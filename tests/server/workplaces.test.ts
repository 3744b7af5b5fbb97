import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chapterIdByName,
  loginAs,
  makeTestApp,
  type Agent,
  type TestContext,
} from '../factories/app';
import { fingerprint } from '../factories/fingerprint';

let ctx: TestContext;
let chapter: Agent;
let triangle: number;
beforeAll(async () => {
  ctx = await makeTestApp();
  chapter = await loginAs(ctx.app, 'chapter@demo.test');
  triangle = await chapterIdByName(ctx.db, 'Triangle');
});
afterAll(() => ctx.close());

const post = (path: string, body: unknown) =>
  chapter
    .post(path)
    .set('X-CSRF-Token', chapter.csrf)
    .send(body as object);
const patch = (path: string, body: unknown) =>
  chapter
    .patch(path)
    .set('X-CSRF-Token', chapter.csrf)
    .send(body as object);

describe('workplaces', () => {
  it('creates a workplace geocoded offline from its ZIP', async () => {
    const res = await post(`/api/chapters/${triangle}/workplaces`, {
      employer: 'Food Lion',
      siteName: 'Durham #12',
      zip: '27703-4411',
      industry: '44-45',
      unionStatus: 'non_union',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      employer: 'Food Lion',
      zip: '27703',
      state: 'NC',
      city: 'Durham',
      industry: '44-45',
      version: 0,
      confirmed: true,
    });
    expect(res.body.lat).toBeCloseTo(35.97, 1);
  });

  it('names the field for an unknown ZIP, a bad industry and a missing employer, and writes nothing', async () => {
    const before = await fingerprint(ctx.db);
    const res = await post(`/api/chapters/${triangle}/workplaces`, {
      employer: '',
      zip: '00000',
      industry: '99',
    });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.fields).sort()).toEqual(['employer', 'industry']);
    const zip = await post(`/api/chapters/${triangle}/workplaces`, {
      employer: 'Nowhere Inc',
      zip: '00000',
    });
    expect(zip.status).toBe(400);
    expect(zip.body.error.fields.zip).toMatch(/ZIP/);
    expect(await fingerprint(ctx.db)).toEqual(before);
  });

  it('treats the same employer at the same ZIP as one workplace', async () => {
    const res = await post(`/api/chapters/${triangle}/workplaces`, {
      employer: 'FOOD LION, LLC',
      zip: '27703',
    });
    expect(res.status).toBe(409);
    expect(res.body.error.fields.employer).toMatch(/duplicate of workplace \d+/);
  });

  it('lists near-duplicates and merges them, moving their members', async () => {
    const a = await post(`/api/chapters/${triangle}/workplaces`, {
      employer: 'Durham Regional Hospital',
      zip: '27704',
    });
    const b = await post(`/api/chapters/${triangle}/workplaces`, {
      employer: 'Durham Regional Hosp.',
      zip: '27704',
    });
    expect(b.status).toBe(201);
    const member = await ctx
      .db('members')
      .where({ chapter_id: triangle })
      .orderBy('id', 'desc')
      .first();
    const link = await post(`/api/members/${member.id}/employments`, {
      workplaceId: b.body.id,
      jobTitle: 'Nurse',
    });
    expect(link.status).toBe(201);
    const dups = await chapter.get(`/api/chapters/${triangle}/workplaces/duplicates`);
    expect(dups.status).toBe(200);
    const pair = dups.body.find(
      (p: { a: { id: number }; b: { id: number } }) =>
        [p.a.id, p.b.id].sort().join() === [a.body.id, b.body.id].sort().join(),
    );
    expect(pair).toBeDefined();
    const merged = await post(`/api/workplaces/${b.body.id}/merge`, {
      intoId: a.body.id,
      version: 0,
    });
    expect(merged.status).toBe(200);
    expect((await chapter.get(`/api/workplaces/${b.body.id}`)).status).toBe(404);
    const into = await chapter.get(`/api/workplaces/${a.body.id}`);
    expect(into.body.members.map((m: { memberId: number }) => m.memberId)).toContain(member.id);
  });

  it('lists, searches, filters and pages a chapter workplaces', async () => {
    const all = await chapter.get(`/api/chapters/${triangle}/workplaces?limit=3`);
    expect(all.status).toBe(200);
    expect(all.body.items).toHaveLength(3);
    expect(all.body.nextCursor).toBe('3');
    const next = await chapter.get(`/api/chapters/${triangle}/workplaces?limit=3&cursor=3`);
    expect(next.body.items[0].id).not.toBe(all.body.items[0].id);
    const health = await chapter.get(
      `/api/chapters/${triangle}/workplaces?industry=62&sort=-members`,
    );
    expect(health.body.items.length).toBeGreaterThan(0);
    expect(health.body.items.every((w: { industry: string }) => w.industry === '62')).toBe(true);
    const counts = health.body.items.map((w: { members: number }) => w.members);
    expect([...counts].sort((x, y) => y - x)).toEqual(counts);
    const q = await chapter.get(`/api/chapters/${triangle}/workplaces?q=food%20lion`);
    expect(q.body.items.map((w: { employer: string }) => w.employer)).toEqual(['Food Lion']);
    const bad = await chapter.get(`/api/chapters/${triangle}/workplaces?limit=0&sort=sideways`);
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(['limit', 'sort']);
  });

  it('lets exactly one of 20 concurrent updates with the same version through', async () => {
    const wp = await post(`/api/chapters/${triangle}/workplaces`, {
      employer: 'Concurrency Test Mill',
      zip: '27701',
    });
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        patch(`/api/workplaces/${wp.body.id}`, { siteName: `Shift ${i}`, version: 0 }),
      ),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    const history = await ctx
      .db('audit_log')
      .where({ entity: 'workplace', entity_id: String(wp.body.id), action: 'update' });
    expect(history).toHaveLength(1);
    const row = await ctx.db('workplaces').where({ id: wp.body.id }).first();
    expect(row.version).toBe(1);
  });
});

describe('members and organizing status', () => {
  it('records a history row each time the organizing status changes', async () => {
    const created = await post(`/api/chapters/${triangle}/members`, {
      firstName: 'Rosa',
      lastName: 'Parks-Nguyen',
      email: 'Rosa.PN@Example.org',
      zip: '27701',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      email: 'rosa.pn@example.org',
      organizingStatus: 'not_started',
      status: 'good_standing',
      version: 0,
    });
    const id = created.body.id;
    const a = await patch(`/api/members/${id}`, { organizingStatus: 'trained', version: 0 });
    expect(a.status).toBe(200);
    const b = await patch(`/api/members/${id}`, { organizingStatus: 'mapping', version: 1 });
    expect(b.status).toBe(200);
    const stale = await patch(`/api/members/${id}`, { organizingStatus: 'committee', version: 1 });
    expect(stale.status).toBe(409);
    const same = await patch(`/api/members/${id}`, { phone: '919-555-0100', version: 2 });
    expect(same.status).toBe(200);
    const detail = await chapter.get(`/api/members/${id}`);
    expect(
      detail.body.history.map(
        (h: { fromStatus: string; toStatus: string }) => `${h.fromStatus}>${h.toStatus}`,
      ),
    ).toEqual(['not_started>trained', 'trained>mapping']);
    expect(detail.body.organizingStatus).toBe('mapping');
  });

  it('refuses bad member input naming each field', async () => {
    const before = await fingerprint(ctx.db);
    const res = await post(`/api/chapters/${triangle}/members`, {
      firstName: 'X',
      lastName: '',
      email: 'nope',
      joinedOn: '2024-13-40',
      organizingStatus: 'rioting',
    });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.fields).sort()).toEqual([
      'email',
      'joinedOn',
      'lastName',
      'organizingStatus',
    ]);
    expect(await fingerprint(ctx.db)).toEqual(before);
  });
});

describe('self-report', () => {
  it('links a member to a workplace it creates for the chapter to confirm', async () => {
    const member = await loginAs(ctx.app, 'member@demo.test');
    const res = await member.patch('/api/me/workplace').set('X-CSRF-Token', member.csrf).send({
      employer: 'Bojangles',
      siteName: 'Roxboro St',
      zip: '27701',
      industry: '72',
      jobTitle: 'Shift lead',
      unionStaff: true,
    });
    expect(res.status).toBe(200);
    const current = res.body.employments.filter((e: { endedOn: string | null }) => !e.endedOn);
    expect(current).toHaveLength(1);
    // The workplace's ZIP code and industry come along, for the member's form to start from.
    expect(current[0]).toMatchObject({
      employer: 'Bojangles',
      zip: '27701',
      industry: '72',
      jobTitle: 'Shift lead',
    });
    expect(res.body.member.unionStaff).toBe(true);
    const wp = await ctx.db('workplaces').where({ id: current[0].workplaceId }).first();
    expect(Boolean(wp.confirmed)).toBe(false);
    expect(wp.chapter_id).toBe(triangle);
    // Reporting the same place again links to it rather than creating another.
    const again = await member
      .patch('/api/me/workplace')
      .set('X-CSRF-Token', member.csrf)
      .send({ employer: 'bojangles', zip: '27701' });
    expect(again.status).toBe(200);
    // Said again without an industry, the place keeps the one it has.
    const now = again.body.employments.find((e: { endedOn: string | null }) => !e.endedOn);
    expect(now).toMatchObject({ workplaceId: current[0].workplaceId, industry: '72' });
    expect(
      await ctx.db('workplaces').where({ employer_key: 'bojangles' }).count({ n: '*' }).first(),
    ).toMatchObject({ n: expect.anything() });
    expect(
      Number(
        (await ctx.db('workplaces').where({ employer_key: 'bojangles' }).count({ n: '*' }).first())!
          .n,
      ),
    ).toBe(1);
  });

  it('reads the audit log of its own chapter only', async () => {
    const own = await chapter.get('/api/audit?limit=5');
    expect(own.status).toBe(200);
    expect(own.body.items.length).toBeGreaterThan(0);
    expect(own.body.items.every((i: { chapterId: number }) => i.chapterId === triangle)).toBe(true);
    const chicago = await chapterIdByName(ctx.db, 'Chicago');
    expect((await chapter.get(`/api/audit?chapterId=${chicago}`)).status).toBe(403);
  });

  it("filters the list to a pod's workplaces: where its members work now, and nothing else", async () => {
    const make = async (employer: string) =>
      (
        await post(`/api/chapters/${triangle}/workplaces`, {
          employer,
          zip: '27701',
          industry: '62',
        })
      ).body.id as number;
    const [clinic, hospital, school] = [
      await make('Pod Filter Clinic'),
      await make('Pod Filter Hospital'),
      await make('Pod Filter School'),
    ];
    const members = (await chapter.get(`/api/chapters/${triangle}/members?limit=3`)).body.items as {
      id: number;
    }[];
    expect(members).toHaveLength(3);
    const link = (memberId: number, workplaceId: number) =>
      post(`/api/members/${memberId}/employments`, { workplaceId });
    expect((await link(members[0]!.id, clinic)).status).toBe(201);
    expect((await link(members[1]!.id, hospital)).status).toBe(201);
    expect((await link(members[2]!.id, school)).status).toBe(201);
    const now = new Date().toISOString();
    const [pod] = await ctx
      .db('pods')
      .insert({
        name: 'Pod filter healthcare',
        industry: '62',
        scope: 'chapter',
        chapter_id: triangle,
        created_at: now,
        updated_at: now,
      })
      .returning('id');
    const podId = typeof pod === 'object' ? pod.id : pod;
    await ctx.db('pod_members').insert(
      [members[0]!, members[1]!].map((m) => ({
        pod_id: podId,
        member_id: m.id,
        added_on: now.slice(0, 10),
        created_at: now,
      })),
    );
    const res = await chapter.get(
      `/api/chapters/${triangle}/workplaces?pod=${podId}&q=pod filter&limit=50`,
    );
    expect(res.status).toBe(200);
    expect(res.body.items.map((w: { employer: string }) => w.employer).sort()).toEqual([
      'Pod Filter Clinic',
      'Pod Filter Hospital',
    ]);

    const unknown = await chapter.get(`/api/chapters/${triangle}/workplaces?pod=999999`);
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.fields).toHaveProperty('pod');
    const chicago = await chapterIdByName(ctx.db, 'Chicago');
    const [other] = await ctx
      .db('pods')
      .insert({
        name: 'Elsewhere',
        industry: '62',
        scope: 'chapter',
        chapter_id: chicago,
        created_at: now,
        updated_at: now,
      })
      .returning('id');
    const otherId = typeof other === 'object' ? other.id : other;
    const foreign = await chapter.get(`/api/chapters/${triangle}/workplaces?pod=${otherId}`);
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.fields.pod).toMatch(/another chapter/);
    expect((await chapter.get(`/api/chapters/${triangle}/workplaces?pod=abc`)).status).toBe(400);
  });
});
