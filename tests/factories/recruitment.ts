import type { Knex } from 'knex';
import { hashPassword } from '../../server/src/auth/passwords';
import {
  anonymous,
  DEMO_PASSWORD,
  loginAs,
  makeTestApp,
  type Agent,
  type TestContext,
} from './app';
import { everyone, type Who } from './role-matrix';

/*
 * A database without the demo, for figures worked out by hand: chapters, members and logins are
 * each created by the test that needs them. Roles: a chapter committee of chapter A (`chapter`)
 * and of chapter C (`chapter2`), an organizer of pod P (`organizer`), a member of chapter A.
 */

const now = () => new Date().toISOString();
let seq = 0;

export async function insertId(
  db: Knex,
  table: string,
  row: Record<string, unknown>,
): Promise<number> {
  const [r] = await db(table).insert(row).returning('id');
  return typeof r === 'object' ? r.id : r;
}

export function insertChapter(db: Knex, values: Record<string, unknown>): Promise<number> {
  return insertId(db, 'chapters', {
    name: `Chapter ${++seq}`,
    state: 'NC',
    created_at: now(),
    updated_at: now(),
    ...values,
  });
}

export interface Person {
  chapter: number;
  joined: string | null;
  source?: string | null;
  lang?: 'en' | 'es';
  lapsed?: string | null;
  status?: 'good_standing' | 'lapsed' | 'expired';
  organizing?: string;
  unionStaff?: boolean;
  unionName?: string | null;
}

export function insertPerson(db: Knex, p: Person, name = `Person${++seq}`): Promise<number> {
  return insertId(db, 'members', {
    chapter_id: p.chapter,
    first_name: name,
    last_name: `Fixture ${seq}`,
    joined_on: p.joined,
    lapsed_on: p.lapsed ?? null,
    status: p.status ?? (p.lapsed ? 'lapsed' : 'good_standing'),
    recruitment_source: p.source === undefined ? 'online' : p.source,
    preferred_language: p.lang ?? 'en',
    organizing_status: p.organizing ?? 'not_started',
    union_staff: p.unionStaff ?? false,
    union_name: p.unionName ?? null,
    created_at: now(),
    updated_at: now(),
  });
}

export async function insertJob(
  db: Knex,
  memberId: number,
  workplaceId: number,
  values: Record<string, unknown> = {},
): Promise<number> {
  return insertId(db, 'employments', {
    member_id: memberId,
    workplace_id: workplaceId,
    created_at: now(),
    ...values,
  });
}

export function insertSite(db: Knex, chapterId: number, industry: string | null) {
  const employer = `Site ${++seq}`;
  return insertId(db, 'workplaces', {
    chapter_id: chapterId,
    employer,
    employer_key: employer.toLowerCase(),
    zip: '27701',
    industry,
    created_at: now(),
    updated_at: now(),
  });
}

export async function insertLogin(
  db: Knex,
  email: string,
  role: string,
  chapterId: number | null,
  memberId: number | null = null,
) {
  await db('users').insert({
    email,
    password_hash: await hashPassword(DEMO_PASSWORD, 12),
    role,
    chapter_id: chapterId,
    member_id: memberId,
    language: 'en',
    created_at: now(),
    updated_at: now(),
  });
}

/** A pod of chapter `chapterId` with these members, coordinated by the user with `email`. */
export async function insertPod(
  db: Knex,
  chapterId: number | null,
  memberIds: number[],
  coordinator?: string,
  values: Record<string, unknown> = {},
): Promise<number> {
  const podId = await insertId(db, 'pods', {
    name: `Pod ${++seq}`,
    industry: '62',
    scope: chapterId === null ? 'region' : 'chapter',
    chapter_id: chapterId,
    created_at: now(),
    updated_at: now(),
    ...values,
  });
  for (const id of memberIds)
    await db('pod_members').insert({
      pod_id: podId,
      member_id: id,
      added_on: now().slice(0, 10),
      created_at: now(),
    });
  if (coordinator) {
    const user = await db('users').where('email', coordinator).first('id');
    await db('pod_coordinators').insert({ pod_id: podId, user_id: user.id, created_at: now() });
  }
  return podId;
}

/** An empty app with the six staff and member logins of `Who` (chapter A, chapter C). */
export async function emptyWorld(o: {
  chapterA: Record<string, unknown>;
  chapterC: Record<string, unknown>;
}) {
  const ctx = await makeTestApp({}, { demo: false });
  const A = await insertChapter(ctx.db, o.chapterA);
  const C = await insertChapter(ctx.db, o.chapterC);
  const self = await insertPerson(ctx.db, { chapter: A, joined: null, source: null }, 'Self');
  await insertLogin(ctx.db, 'admin@fixture.test', 'admin', null);
  await insertLogin(ctx.db, 'national@fixture.test', 'national', null);
  await insertLogin(ctx.db, 'chapter@fixture.test', 'chapter', A);
  await insertLogin(ctx.db, 'chapter2@fixture.test', 'chapter', C);
  await insertLogin(ctx.db, 'organizer@fixture.test', 'organizer', A);
  await insertLogin(ctx.db, 'member@fixture.test', 'member', A, self);
  return { ctx, A, C, self };
}

export async function agentsFor(ctx: TestContext): Promise<Record<Who, Agent>> {
  const agents = { anon: await anonymous(ctx.app) } as Record<Who, Agent>;
  for (const who of everyone.filter((w) => w !== 'anon'))
    agents[who] = await loginAs(ctx.app, `${who}@fixture.test`);
  return agents;
}

export { everyone, roleMatrix, type Case, type Who } from './role-matrix';
