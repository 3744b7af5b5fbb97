import { afterAll, beforeAll, describe } from 'vitest';
import type { Agent, TestContext } from '../factories/app';
import {
  agentsFor,
  emptyWorld,
  insertId,
  insertPerson,
  insertPod,
  roleMatrix,
  type Who,
} from '../factories/recruitment';

/**
 * Who reads recruitment figures and who sets which goals, for every role: national staff and
 * admins any scope; a chapter committee its chapter and its chapter's pods (chapter2 is another
 * chapter's); an organizer the pod it coordinates; members none. A refusal writes nothing.
 */
let ctx: TestContext;
let agents: Record<Who, Agent>;
let A: number;
let pod: number;

beforeAll(async () => {
  const world = await emptyWorld({
    chapterA: { name: 'A', state: 'NC' },
    chapterC: { name: 'C', state: 'IL' },
  });
  ({ ctx, A } = world);
  const m = await insertPerson(ctx.db, { chapter: A, joined: '2025-01-01' });
  pod = await insertPod(ctx.db, A, [m], 'organizer@fixture.test');
  agents = await agentsFor(ctx);
});
afterAll(() => ctx.close());

const goal = (scope: string, ref: string | null) =>
  insertId(ctx.db, 'goals', {
    metric: 'members',
    scope,
    scope_ref: ref,
    target: 10,
    due_on: '2027-12-31',
    created_at: new Date().toISOString(),
    updated_at: new Date().toISOString(),
  });
const due = { target: 12, dueOn: '2027-12-31' };
const nationalOnly = {
  anon: 401,
  admin: 200,
  national: 200,
  chapter: 403,
  chapter2: 403,
  organizer: 403,
  member: 403,
};

describe('role × endpoint matrix: recruitment and goals', () => {
  roleMatrix(
    () => ({ ctx, agents }),
    [
      {
        name: 'recruitment of a region',
        method: 'get',
        target: () => ({ path: '/api/stats/recruitment?scope=region&id=south' }),
        expect: nationalOnly,
      },
      {
        name: 'recruitment of chapter A',
        method: 'get',
        target: () => ({ path: `/api/stats/recruitment?scope=chapter&id=${A}` }),
        expect: { ...nationalOnly, chapter: 200 },
      },
      {
        name: "recruitment of A's pod",
        method: 'get',
        target: () => ({ path: `/api/stats/recruitment?scope=pod&id=${pod}` }),
        expect: { ...nationalOnly, chapter: 200, chapter2: 404, organizer: 200 },
      },
      {
        name: 'list goals',
        method: 'get',
        target: () => ({ path: '/api/goals' }),
        expect: { ...nationalOnly, chapter: 200, chapter2: 200, organizer: 200 },
      },
      {
        name: 'set a national goal',
        method: 'post',
        target: () => ({
          path: '/api/goals',
          body: { metric: 'members', scope: 'nation', ...due },
        }),
        expect: { ...nationalOnly, admin: 201, national: 201 },
      },
      {
        name: 'set an industry goal',
        method: 'post',
        target: () => ({
          path: '/api/goals',
          body: { metric: 'recruits', scope: 'industry', scopeRef: '62', ...due },
        }),
        expect: { ...nationalOnly, admin: 201, national: 201 },
      },
      {
        name: "set chapter A's goal",
        method: 'post',
        target: () => ({
          path: '/api/goals',
          body: { metric: 'recruits', scope: 'chapter', scopeRef: A, ...due },
        }),
        expect: { ...nationalOnly, admin: 201, national: 403, chapter: 201 },
      },
      {
        name: "set A's pod's goal",
        method: 'post',
        target: () => ({
          path: '/api/goals',
          body: { metric: 'trained', scope: 'pod', scopeRef: pod, ...due },
        }),
        expect: {
          ...nationalOnly,
          admin: 201,
          national: 403,
          chapter: 201,
          chapter2: 404,
          organizer: 201,
        },
      },
      {
        name: 'change a national goal',
        method: 'patch',
        target: async () => ({
          path: `/api/goals/${await goal('nation', null)}`,
          body: { target: 11, version: 0 },
        }),
        expect: nationalOnly,
      },
      {
        name: "change chapter A's goal",
        method: 'patch',
        target: async () => ({
          path: `/api/goals/${await goal('chapter', String(A))}`,
          body: { target: 11, version: 0 },
        }),
        expect: { ...nationalOnly, national: 403, chapter: 200, chapter2: 404, organizer: 404 },
      },
      {
        name: "change A's pod's goal",
        method: 'patch',
        target: async () => ({
          path: `/api/goals/${await goal('pod', String(pod))}`,
          body: { target: 11, version: 0 },
        }),
        expect: { ...nationalOnly, national: 403, chapter: 200, chapter2: 404, organizer: 200 },
      },
      {
        name: 'change a goal that does not exist',
        method: 'patch',
        target: () => ({ path: '/api/goals/999999', body: { target: 11, version: 0 } }),
        expect: {
          anon: 401,
          admin: 404,
          national: 404,
          chapter: 404,
          chapter2: 404,
          organizer: 404,
          member: 403,
        },
      },
    ],
  );
});
