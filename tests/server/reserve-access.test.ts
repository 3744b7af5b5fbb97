import { afterAll, beforeAll, describe } from 'vitest';
import type { Agent, TestContext } from '../factories/app';
import {
  agentsFor,
  emptyWorld,
  insertChapter,
  insertId,
  insertPerson,
  roleMatrix,
  type Who,
} from '../factories/recruitment';

/**
 * Who reaches the organizer reserve, mentorships and union staffers, for every role: national
 * staff and admins the directories; members their own reserve entry; chapters (and members)
 * their own mentorships. A refusal writes nothing; a write is audited.
 */
let ctx: TestContext;
let agents: Record<Who, Agent>;
let self: number;
let T: number;
let reserveId: number;

beforeAll(async () => {
  const world = await emptyWorld({
    chapterA: { name: 'A', state: 'NC' },
    chapterC: { name: 'C', state: 'IL' },
  });
  ({ ctx, self } = world);
  T = await insertChapter(ctx.db, { name: 'T', state: 'GA' });
  const organizer = await insertPerson(ctx.db, { chapter: world.C, joined: '2020-01-01' });
  await insertPerson(ctx.db, { chapter: world.A, joined: '2020-01-01', unionStaff: true });
  reserveId = await insertId(ctx.db, 'reserve_organizers', {
    member_id: organizer,
    skills: '["one_on_ones"]',
    languages: '["en"]',
    hours_per_month: 8,
    states: '["GA"]',
    industries: '[]',
    created_at: new Date().toISOString(),
    updated_at: new Date().toISOString(),
  });
  agents = await agentsFor(ctx);
});
afterAll(() => ctx.close());

const directory = {
  anon: 401,
  admin: 200,
  national: 200,
  chapter: 403,
  chapter2: 403,
  organizer: 403,
  member: 403,
};
const memberOnly = { ...directory, admin: 403, national: 403, member: 200 };
const optIn = {
  skills: ['one_on_ones'],
  languages: ['en'],
  hoursPerMonth: 4,
  states: ['NC'],
  industries: [],
};
/** The member is in the reserve before each call that needs it. */
async function listed() {
  const row = await ctx.db('reserve_organizers').where('member_id', self).first();
  if (!row)
    await insertId(ctx.db, 'reserve_organizers', {
      member_id: self,
      ...{ skills: '["one_on_ones"]', languages: '["en"]', states: '["NC"]', industries: '[]' },
      hours_per_month: 4,
      created_at: new Date().toISOString(),
      updated_at: new Date().toISOString(),
    });
  else if (row.withdrawn_at)
    await ctx.db('reserve_organizers').where('id', row.id).update({ withdrawn_at: null });
}
const mentorship = () =>
  insertId(ctx.db, 'mentorships', {
    reserve_id: reserveId,
    chapter_id: T,
    status: 'proposed',
    created_at: new Date().toISOString(),
    updated_at: new Date().toISOString(),
  });

describe('role × endpoint matrix: reserve, mentorships, union staffers', () => {
  roleMatrix(
    () => ({ ctx, agents }),
    [
      {
        name: 'read my reserve entry',
        method: 'get',
        target: () => ({ path: '/api/me/reserve' }),
        expect: memberOnly,
      },
      {
        name: 'opt in to the reserve',
        method: 'put',
        target: () => ({ path: '/api/me/reserve', body: optIn }),
        expect: memberOnly,
      },
      {
        name: 'leave the reserve',
        method: 'delete',
        target: async () => {
          await listed();
          return { path: '/api/me/reserve' };
        },
        expect: memberOnly,
      },
      {
        name: 'list the reserve',
        method: 'get',
        target: () => ({ path: '/api/reserve' }),
        expect: directory,
      },
      {
        name: 'suggest reserve organizers',
        method: 'get',
        target: () => ({ path: `/api/reserve/suggestions?chapterId=${T}` }),
        expect: directory,
      },
      {
        name: 'list mentorships',
        method: 'get',
        target: () => ({ path: '/api/mentorships' }),
        expect: { ...directory, chapter: 200, chapter2: 200, member: 200 },
      },
      {
        name: 'propose a mentorship',
        method: 'post',
        target: () => ({ path: '/api/mentorships', body: { reserveId, chapterId: T } }),
        expect: { ...directory, admin: 201, national: 201 },
      },
      {
        name: 'move a mentorship on',
        method: 'patch',
        target: async () => ({
          path: `/api/mentorships/${await mentorship()}`,
          body: { status: 'active', version: 0 },
        }),
        expect: directory,
      },
      {
        name: 'list union staffers',
        method: 'get',
        target: () => ({ path: '/api/union-staffers' }),
        expect: directory,
      },
    ],
  );
});
