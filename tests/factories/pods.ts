import { expect, it } from 'vitest';
import type { Knex } from 'knex';
import {
  anonymous,
  chapterIdByName,
  loginAs,
  makeTestApp,
  type Agent,
  type TestContext,
} from './app';
import { fingerprint } from './fingerprint';

/** The roles of the pod matrix: organizer coordinates the demo's Triangle healthcare pod, organizer2 another pod. */
export type PodWho =
  'anon' | 'admin' | 'national' | 'chapter' | 'chapter2' | 'organizer' | 'organizer2' | 'member';
export const podWhos: PodWho[] = [
  'anon',
  'admin',
  'national',
  'chapter',
  'chapter2',
  'organizer',
  'organizer2',
  'member',
];

export interface PodWorld {
  ctx: TestContext;
  agents: Record<PodWho, Agent>;
  triangle: number;
  chicago: number;
  /** The demo pod, coordinated by organizer@demo.test, with Keisha Bell in it. */
  podId: number;
  /** A second Triangle pod, coordinated by organizer2. */
  otherPodId: number;
  keishaId: number;
}

let seq = 0;
const now = () => new Date().toISOString();

async function insertId(db: Knex, table: string, row: Record<string, unknown>): Promise<number> {
  const [r] = await db(table).insert(row).returning('id');
  return typeof r === 'object' ? r.id : r;
}

export async function insertMember(
  db: Knex,
  chapterId: number,
  values: Record<string, unknown> = {},
): Promise<number> {
  return insertId(db, 'members', {
    chapter_id: chapterId,
    first_name: 'Pod',
    last_name: `Case ${++seq}`,
    created_at: now(),
    updated_at: now(),
    ...values,
  });
}

export async function insertWorkplace(
  db: Knex,
  chapterId: number,
  values: Record<string, unknown> = {},
): Promise<number> {
  const employer = (values.employer as string | undefined) ?? `Pod Shop ${++seq}`;
  return insertId(db, 'workplaces', {
    chapter_id: chapterId,
    employer,
    employer_key: employer.toLowerCase(),
    zip: '27701',
    created_at: now(),
    updated_at: now(),
    ...values,
  });
}

export async function employ(db: Knex, memberId: number, workplaceId: number): Promise<void> {
  await db('employments').insert({
    member_id: memberId,
    workplace_id: workplaceId,
    created_at: now(),
  });
}

/** A user with the demo password (its hash copied from a demo login). */
export async function insertUser(db: Knex, role: string, chapterId: number | null) {
  const { password_hash } = await db('users').where('email', 'organizer@demo.test').first();
  const email = `${role}${++seq}@pods.test`;
  const id = await insertId(db, 'users', {
    email,
    password_hash,
    role,
    chapter_id: chapterId,
    created_at: now(),
    updated_at: now(),
  });
  return { id, email };
}

export async function addToPod(db: Knex, podId: number, memberId: number): Promise<void> {
  await db('pod_members').insert({
    pod_id: podId,
    member_id: memberId,
    added_on: now().slice(0, 10),
    created_at: now(),
  });
}

/** The demo organization, a second organizer with a pod of its own, and a login per role. */
export async function podWorld(): Promise<PodWorld> {
  const ctx = await makeTestApp();
  const triangle = await chapterIdByName(ctx.db, 'Triangle');
  const chicago = await chapterIdByName(ctx.db, 'Chicago');
  const podId = (await ctx.db('pods').where('name', 'Triangle Healthcare Workers').first()).id;
  const keishaId = (await ctx.db('users').where('email', 'member@demo.test').first()).member_id;
  const organizer2 = await insertUser(ctx.db, 'organizer', triangle);
  const otherPodId = await insertId(ctx.db, 'pods', {
    name: 'Triangle Retail',
    industry: '44-45',
    scope: 'chapter',
    chapter_id: triangle,
    created_at: now(),
    updated_at: now(),
  });
  await ctx.db('pod_coordinators').insert({
    pod_id: otherPodId,
    user_id: organizer2.id,
    created_at: now(),
  });
  await addToPod(ctx.db, otherPodId, await insertMember(ctx.db, triangle));
  const agents = { anon: await anonymous(ctx.app) } as Record<PodWho, Agent>;
  for (const who of podWhos.filter((w) => w !== 'anon' && w !== 'organizer2'))
    agents[who] = await loginAs(ctx.app, `${who}@demo.test`);
  agents.organizer2 = await loginAs(ctx.app, organizer2.email);
  return { ctx, agents, triangle, chicago, podId, otherPodId, keishaId };
}

export interface MatrixCase {
  name: string;
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  target(): Promise<{ path: string; body?: object }>;
  expect: Record<PodWho, number>;
}

/** One test per role and case: the status, and for a refusal an unchanged database. */
export function matrix(world: () => PodWorld, cases: MatrixCase[]): void {
  for (const c of cases) {
    for (const who of podWhos) {
      it(`${c.name} as ${who} → ${c.expect[who]}`, async () => {
        const { ctx, agents } = world();
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
        if (c.method !== 'get' && res.status < 300)
          expect((await fingerprint(ctx.db)).audit_log).not.toEqual(before.audit_log);
      });
    }
  }
}

type Who = PodWho;
/** A state-changing call as a role, and a check that a refusal names its field and writes nothing. */
export function inputChecks(world: () => PodWorld) {
  const call = (who: Who, method: 'post' | 'put' | 'patch', path: string, body?: object) => {
    const a = world().agents[who];
    return a[method](path)
      .set('X-CSRF-Token', a.csrf)
      .send(body ?? {});
  };
  async function refused(
    who: Who,
    method: 'post' | 'put' | 'patch',
    path: string,
    body: object | undefined,
    status: number,
    field: string,
    message?: RegExp,
  ) {
    const db = world().ctx.db;
    const before = await fingerprint(db);
    const res = await call(who, method, path, body);
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    expect(res.body.error.fields?.[field], JSON.stringify(res.body)).toBeDefined();
    if (message) expect(res.body.error.fields[field]).toMatch(message);
    expect(await fingerprint(db)).toEqual(before);
  }
  return { call, refused };
}
