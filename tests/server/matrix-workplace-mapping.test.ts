import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  anonymous,
  chapterIdByName,
  loginAs,
  makeTestApp,
  type Agent,
  type TestContext,
} from '../factories/app';
import { fingerprint } from '../factories/fingerprint';

/**
 * The role × endpoint matrix for workplace mapping: each role against the Triangle chapter's
 * records (chapter@ is Triangle's committee, chapter2@ is Chicago's), and every refused write
 * leaves the database as it was.
 */
type Who = 'anon' | 'admin' | 'national' | 'chapter' | 'chapter2' | 'organizer' | 'member';
const everyone: Who[] = ['anon', 'admin', 'national', 'chapter', 'chapter2', 'organizer', 'member'];

let ctx: TestContext;
let agents: Record<Who, Agent>;
let triangle: number;
let seq = 0;

async function newMember(): Promise<number> {
  const now = new Date().toISOString();
  const [row] = await ctx
    .db('members')
    .insert({
      chapter_id: triangle,
      first_name: 'Matrix',
      last_name: `Case ${++seq}`,
      created_at: now,
      updated_at: now,
    })
    .returning('id');
  return row.id;
}
async function newWorkplace(): Promise<number> {
  const now = new Date().toISOString();
  const [row] = await ctx
    .db('workplaces')
    .insert({
      chapter_id: triangle,
      employer: `Matrix ${++seq}`,
      employer_key: `matrix ${seq}`,
      zip: '27701',
      created_at: now,
      updated_at: now,
    })
    .returning('id');
  return row.id;
}

interface Case {
  name: string;
  method: 'get' | 'post' | 'patch' | 'delete';
  target(): Promise<{ path: string; body?: object }>;
  expect: Record<Who, number>;
}

const refusedReads = { anon: 401, national: 403, organizer: 403, member: 403 } as const;

const cases: Case[] = [
  {
    name: 'list members',
    method: 'get',
    target: async () => ({ path: `/api/chapters/${triangle}/members` }),
    expect: { ...refusedReads, admin: 200, chapter: 200, chapter2: 403 },
  },
  {
    name: 'create member',
    method: 'post',
    target: async () => ({
      path: `/api/chapters/${triangle}/members`,
      body: { firstName: 'New', lastName: `Person ${++seq}` },
    }),
    expect: { ...refusedReads, admin: 201, chapter: 201, chapter2: 403 },
  },
  {
    name: 'read member',
    method: 'get',
    target: async () => ({ path: `/api/members/${await newMember()}` }),
    // Organizers may read their pods' members; this one is in none of its pods.
    expect: { ...refusedReads, admin: 200, chapter: 200, chapter2: 404, organizer: 404 },
  },
  {
    name: 'update member',
    method: 'patch',
    target: async () => ({
      path: `/api/members/${await newMember()}`,
      body: { organizingStatus: 'trained', version: 0 },
    }),
    expect: { ...refusedReads, admin: 200, chapter: 200, chapter2: 404, organizer: 404 },
  },
  {
    name: 'delete member',
    method: 'delete',
    target: async () => ({ path: `/api/members/${await newMember()}` }),
    expect: { ...refusedReads, admin: 200, chapter: 200, chapter2: 404 },
  },
  {
    name: 'link employment',
    method: 'post',
    target: async () => ({
      path: `/api/members/${await newMember()}/employments`,
      body: { workplaceId: await newWorkplace() },
    }),
    expect: { ...refusedReads, admin: 201, chapter: 201, chapter2: 404 },
  },
  {
    name: 'list workplaces',
    method: 'get',
    target: async () => ({ path: `/api/chapters/${triangle}/workplaces` }),
    expect: { ...refusedReads, admin: 200, chapter: 200, chapter2: 403 },
  },
  {
    name: 'create workplace',
    method: 'post',
    target: async () => ({
      path: `/api/chapters/${triangle}/workplaces`,
      body: { employer: `Shop ${++seq}`, zip: '27701' },
    }),
    expect: { ...refusedReads, admin: 201, chapter: 201, chapter2: 403 },
  },
  {
    name: 'read workplace',
    method: 'get',
    target: async () => ({ path: `/api/workplaces/${await newWorkplace()}` }),
    expect: { ...refusedReads, admin: 200, chapter: 200, chapter2: 404 },
  },
  {
    name: 'update workplace',
    method: 'patch',
    target: async () => ({
      path: `/api/workplaces/${await newWorkplace()}`,
      body: { size: '10-49', version: 0 },
    }),
    expect: { ...refusedReads, admin: 200, chapter: 200, chapter2: 404 },
  },
  {
    name: 'merge workplaces',
    method: 'post',
    target: async () => ({
      path: `/api/workplaces/${await newWorkplace()}/merge`,
      body: { intoId: await newWorkplace(), version: 0 },
    }),
    expect: { ...refusedReads, admin: 200, chapter: 200, chapter2: 404 },
  },
  {
    name: 'near-duplicates',
    method: 'get',
    target: async () => ({ path: `/api/chapters/${triangle}/workplaces/duplicates` }),
    expect: { ...refusedReads, admin: 200, chapter: 200, chapter2: 403 },
  },
  {
    name: 'my record',
    method: 'get',
    target: async () => ({ path: '/api/me' }),
    expect: {
      anon: 401,
      admin: 403,
      national: 403,
      chapter: 403,
      chapter2: 403,
      organizer: 403,
      member: 200,
    },
  },
  {
    name: 'self-report',
    method: 'patch',
    target: async () => ({
      path: '/api/me/workplace',
      body: { employer: `Self ${++seq}`, zip: '27701' },
    }),
    expect: {
      anon: 401,
      admin: 403,
      national: 403,
      chapter: 403,
      chapter2: 403,
      organizer: 403,
      member: 200,
    },
  },
  {
    name: 'audit log',
    method: 'get',
    target: async () => ({ path: `/api/audit?chapterId=${triangle}` }),
    expect: { ...refusedReads, admin: 200, chapter: 200, chapter2: 403 },
  },
];

beforeAll(async () => {
  ctx = await makeTestApp();
  triangle = await chapterIdByName(ctx.db, 'Triangle');
  agents = { anon: await anonymous(ctx.app) } as Record<Who, Agent>;
  for (const who of everyone.filter((w) => w !== 'anon'))
    agents[who] = await loginAs(ctx.app, `${who}@demo.test`);
});
afterAll(() => ctx.close());

describe('role × endpoint matrix: workplace mapping', () => {
  for (const c of cases) {
    for (const who of everyone) {
      it(`${c.name} as ${who} → ${c.expect[who]}`, async () => {
        const { path, body } = await c.target();
        const agent = agents[who];
        const before = await fingerprint(ctx.db);
        let req = agent[c.method](path);
        if (c.method !== 'get') req = req.set('X-CSRF-Token', agent.csrf);
        const res = body ? await req.send(body) : await req;
        expect(res.status, JSON.stringify(res.body)).toBe(c.expect[who]);
        if (res.status >= 400) {
          expect(res.body.error.code).toBeTypeOf('string');
          expect(await fingerprint(ctx.db)).toEqual(before);
        }
        if (res.status < 300) expect(res.text).not.toBe('');
        if (c.method !== 'get' && res.status < 300) {
          const after = await fingerprint(ctx.db);
          expect(after.audit_log).not.toEqual(before.audit_log);
        }
      });
    }
  }

  it('never shows national a member row, even by id', async () => {
    const id = await newMember();
    const res = await request(ctx.app).get(`/api/members/${id}`);
    expect(res.status).toBe(401);
    expect((await agents.national.get(`/api/members/${id}`)).status).toBe(403);
  });
});
