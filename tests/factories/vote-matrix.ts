import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  anonymous,
  chapterIdByName,
  loginAs,
  makeTestApp,
  type Agent,
  type TestContext,
} from './app';
import { addMembers } from './members';
import { post, prepareVote, voteFingerprint, yesNoVote } from './votes';

/**
 * The role matrix for votes and petitions. member@ (Keisha Bell) is on the roll of every vote
 * opened here; `offRoll` is a lapsed member, on no roll (one who joins after a vote opened is
 * refused too: votes-roll.test.ts). A refused write must leave the database as it was.
 */
export const everyone = [
  'anon',
  'admin',
  'national',
  'chapter',
  'organizer',
  'member',
  'offRoll',
] as const;
export type Who = (typeof everyone)[number];

/** Expected statuses in the order of `everyone`: "anon admin national chapter organizer member offRoll". */
export const statuses = (list: string): Record<Who, number> =>
  Object.fromEntries(list.split(' ').map((s, i) => [everyone[i], Number(s)])) as Record<
    Who,
    number
  >;

export interface MatrixCase {
  name: string;
  method: 'get' | 'post' | 'patch';
  target(): Promise<{ path: string; body?: object; csv?: string }>;
  expect: Record<Who, number>;
}

export interface Matrix {
  ctx: TestContext;
  db: Knex;
  agents: Record<Who, Agent>;
  openVote: number;
  closedVote: number;
  keisha: number;
  draft(): Promise<number>;
  /** Members see (and write statements for) a vote once it is scheduled. */
  scheduled(): Promise<number>;
  petition(): Promise<number>;
  /** A scheduled vote with its forums and approved statements written directly: `sent` or not. */
  ready(sent: boolean): Promise<{ id: number; version: number }>;
  /** A fresh open vote (roll frozen through the API). */
  opened(): Promise<number>;
}

async function setUp(m: Matrix) {
  m.ctx = await makeTestApp();
  m.db = m.ctx.db;
  const [anon, admin, national, chapter, organizer, member] = await Promise.all([
    anonymous(m.ctx.app),
    ...['admin', 'national', 'chapter', 'organizer', 'member'].map((w) =>
      loginAs(m.ctx.app, `${w}@demo.test`),
    ),
  ]);
  const [lapsed] = await addMembers(m.db, [
    { chapterId: await chapterIdByName(m.db, 'Triangle'), status: 'lapsed' },
  ]);
  const offRoll = await loginAs(m.ctx.app, lapsed!.email);
  m.agents = {
    anon: anon!,
    admin: admin!,
    national: national!,
    chapter: chapter!,
    organizer: organizer!,
    member: member!,
    offRoll,
  };
  m.keisha = (await m.db('users').where('email', 'member@demo.test').first()).member_id;
  m.openVote = (await prepareVote(m.agents.national)).id;
  m.closedVote = (await prepareVote(m.agents.national)).id;
  const { version } = await m.db('votes').where('id', m.closedVote).first('version');
  await post(m.agents.national, `/api/votes/${m.closedVote}/state`, { state: 'closed', version });
  m.draft = async () => (await post(m.agents.national, '/api/votes', yesNoVote)).body.id;
  m.scheduled = async () => {
    const id = await m.draft();
    const body = { state: 'scheduled', opensOn: '2026-12-08', closesOn: '2099-12-15', version: 0 };
    await post(m.agents.national, `/api/votes/${id}/state`, body);
    return id;
  };
  m.ready = async (sent) => {
    const id = await m.scheduled();
    const now = new Date().toISOString();
    const row = { vote_id: id, created_at: now, updated_at: now };
    await m.db('vote_forums').insert([
      { ...row, starts_at: '2026-12-01T23:00:00.000Z', link: 'https://meet.example.org/1' },
      { ...row, starts_at: '2026-12-03T23:00:00.000Z', link: 'https://meet.example.org/2' },
    ]);
    await m
      .db('vote_statements')
      .insert(
        ['for', 'against'].map((side) => ({ ...row, side, text_en: side, status: 'approved' })),
      );
    if (sent) await m.db('votes').where({ id }).update({ statements_sent_at: now });
    return { id, version: 1 };
  };
  m.opened = async () => {
    const { id, version } = await m.ready(true);
    await post(m.agents.national, `/api/votes/${id}/state`, { state: 'open', version });
    return id;
  };
  m.petition = async () =>
    (await post(m.agents.member, '/api/petitions', { title: 'P', question: 'Q?' })).body.id;
}

/** One test per case; each case runs as every role in turn against a fresh target. */
export function matrixSuite(title: string, cases: (m: Matrix) => MatrixCase[]) {
  const m = {} as Matrix;
  beforeAll(() => setUp(m));
  afterAll(() => m.ctx.close());
  describe(title, () => {
    for (const c of cases(m)) {
      it(c.name, async () => {
        for (const who of everyone) {
          const { path, body, csv } = await c.target();
          const agent = m.agents[who];
          const before = c.method === 'get' ? null : await voteFingerprint(m.db);
          let req = agent[c.method](path);
          if (c.method !== 'get') req = req.set('X-CSRF-Token', agent.csrf);
          const res = csv
            ? await req.set('Content-Type', 'text/csv').send(csv)
            : await req.send(body);
          expect([who, res.status]).toEqual([who, c.expect[who]]);
          if (before && res.status >= 400) expect(await voteFingerprint(m.db)).toEqual(before);
        }
      });
    }
  });
}
