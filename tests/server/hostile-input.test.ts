import fc from 'fast-check';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeTable } from '../../server/src/routes';
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
 * Generated bodies, query strings and CSV against every POST, PATCH and PUT route, as every role:
 * never a 5xx, and a 4xx never changes the database.
 */
const roles = ['anon', 'admin', 'national', 'chapter', 'organizer', 'member'] as const;
const RUNS = 3;

let ctx: TestContext;
let agents: Record<(typeof roles)[number], Agent>;
let ids: (string | number)[];

beforeAll(async () => {
  ctx = await makeTestApp();
  agents = { anon: await anonymous(ctx.app) } as typeof agents;
  for (const r of roles.filter((x) => x !== 'anon'))
    agents[r] = await loginAs(ctx.app, `${r}@demo.test`);
  const triangle = await chapterIdByName(ctx.db, 'Triangle');
  const member = await ctx.db('members').where({ chapter_id: triangle }).first('id');
  const workplace = await ctx.db('workplaces').where({ chapter_id: triangle }).first('id');
  ids = [triangle, member.id, workplace.id, 1, 2, 0, -1, 99999999, 'abc', '1e3', '%27%20or%201=1'];
});
afterAll(() => ctx.close());

const hostileText = fc.oneof(
  fc.string(),
  fc.constantFrom(
    "'); DROP TABLE members;--",
    '<script>alert(1)</script>',
    '\u0000',
    '𝕊𝕙𝕠𝕡',
    'a'.repeat(5000),
  ),
);
const body = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.dictionary(
    fc.constantFrom(
      'version',
      'stage',
      'email',
      'zip',
      'employer',
      'workplaceId',
      'firstName',
      'lastName',
      'note',
      'kind',
      'decision',
      'choices',
      'question',
      'memberIds',
      'organizingStatus',
    ),
    fc.oneof(
      hostileText,
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.integer(), { maxLength: 3 }),
    ),
  ),
);
const query = fc.dictionary(
  fc.constantFrom('dryRun', 'skipRejected', 'mapping', 'version', 'limit'),
  hostileText,
  { maxKeys: 3 },
);

const writes = routeTable.filter(
  (r) => r.method === 'post' || r.method === 'patch' || r.method === 'put',
);

describe('hostile input', () => {
  it('covers the write routes', () => {
    expect(writes.length).toBeGreaterThan(10);
  });

  for (const route of writes) {
    it(`${route.method.toUpperCase()} ${route.path}`, async () => {
      await fc.assert(
        fc.asyncProperty(
          // Logging in or out would end the other roles' sessions: the auth routes run anonymously.
          route.path.startsWith('/api/auth/')
            ? fc.constant('anon' as const)
            : fc.constantFrom(...roles),
          fc.array(fc.constantFrom(...ids), { minLength: 3, maxLength: 3 }),
          body,
          hostileText,
          query,
          async (role, pick, json, csv, q) => {
            let n = 0;
            const path = route.path.replace(/:\w+/g, () =>
              encodeURIComponent(String(pick[n++ % pick.length])),
            );
            const agent = agents[role];
            const before = await fingerprint(ctx.db);
            const req = agent[route.method as 'post'](path)
              .query(q)
              .set('X-CSRF-Token', agent.csrf ?? '');
            const res = route.csvBody
              ? await req.set('Content-Type', 'text/csv').send(csv)
              : await req.set('Content-Type', 'application/json').send(JSON.stringify(json));
            expect(
              res.status,
              `${role} ${path} ${JSON.stringify(json)} → ${res.status} ${res.text.slice(0, 200)}`,
            ).toBeLessThan(500);
            // A failed login is recorded (throttling and the audit log): that write is the point.
            if (res.status >= 400 && route.path !== '/api/auth/login')
              expect(await fingerprint(ctx.db)).toEqual(before);
          },
        ),
        { numRuns: RUNS * roles.length, seed: 20261121 },
      );
    });
  }

  it('stores SQL and HTML in text fields as text', async () => {
    const chapter = agents.chapter;
    const triangle = await chapterIdByName(ctx.db, 'Triangle');
    const employer = `'); DROP TABLE members;-- <img src=x onerror=alert(1)>`;
    const res = await chapter
      .post(`/api/chapters/${triangle}/workplaces`)
      .set('X-CSRF-Token', chapter.csrf)
      .send({ employer, zip: '27701' });
    expect(res.status).toBe(201);
    expect((await chapter.get(`/api/workplaces/${res.body.id}`)).body.employer).toBe(employer);
    expect(Number((await ctx.db('members').count({ n: '*' }).first())!.n)).toBeGreaterThan(0);
  });

  it('refuses deeply nested JSON and oversized bodies', async () => {
    const chapter = agents.chapter;
    let deep: unknown = 1;
    for (let i = 0; i < 200; i++) deep = { a: deep };
    const nested = await chapter
      .post('/api/campaigns')
      .set('X-CSRF-Token', chapter.csrf)
      .send(deep as object);
    expect(nested.status).toBe(400);
    expect(nested.body.error.fields.body).toMatch(/nested/);
    const big = await request(ctx.app)
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send(`{"email":"${'a'.repeat(2_000_000)}"}`);
    expect(big.status).toBe(413);
    expect(big.body.error.code).toBe('payload_too_large');
  });
});
