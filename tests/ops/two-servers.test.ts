import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '@shopfloor/db';
import { Client } from './helpers/client';
import { seedDemoDb } from './helpers/data';
import { createScratchDb, pgAvailable, type ScratchDb } from './helpers/pg';
import { startServer, type ServerProcess } from './helpers/server';

const pg = await pgAvailable();

const WORLD = '/api/map/workplaces?bbox=-180,-85,180,85&zoom=2';

/** Workplaces on the whole map: cluster counts plus single points (admin sees exact counts). */
function mapTotal(body: { features: { type: string; count?: number }[] }): number {
  return body.features.reduce((n, f) => n + (f.type === 'cluster' ? Number(f.count) : 1), 0);
}

/** Two server processes on one PostgreSQL database, as behind a load balancer. */
describe.skipIf(!pg)('two servers on one database', () => {
  let scratch: ScratchDb;
  let a: ServerProcess;
  let b: ServerProcess;
  let triangle: number;
  const servers: ServerProcess[] = [];

  beforeAll(async () => {
    scratch = await createScratchDb('two');
    const db = createDb({ databaseUrl: scratch.url });
    await seedDemoDb(db);
    triangle = (await db('chapters').where({ name: 'Triangle' }).first('id')).id;
    await db.destroy();
    const started = await Promise.allSettled([
      startServer({ DATABASE_URL: scratch.url }),
      startServer({ DATABASE_URL: scratch.url }),
    ]);
    for (const r of started) if (r.status === 'fulfilled') servers.push(r.value);
    for (const r of started) if (r.status === 'rejected') throw r.reason;
    [a, b] = servers as [ServerProcess, ServerProcess];
  });

  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await scratch?.drop();
  });

  it('shares sessions: a login through A works on B, a logout through A ends it on B', async () => {
    const onA = await Client.login(a.base, 'chapter@demo.test');
    const onB = onA.at(b.base);
    const session = await onB.get('/api/auth/session');
    expect(session.status).toBe(200);
    expect(session.body.user.email).toBe('chapter@demo.test');
    const workplaces = await onB.get(`/api/chapters/${triangle}/workplaces`);
    expect(workplaces.status).toBe(200);

    expect((await onA.post('/api/auth/logout')).status).toBe(200);
    expect((await onB.get('/api/auth/session')).status).toBe(401);
    expect((await onB.get(`/api/chapters/${triangle}/workplaces`)).status).toBe(401);
  });

  it('throttles logins across both: five failures spread over A and B, the sixth is refused on either', async () => {
    const email = 'chapter2@demo.test';
    const clients = [await Client.anonymous(a.base), await Client.anonymous(b.base)];
    for (let i = 0; i < 5; i++) {
      const res = await clients[i % 2]!.login(email, `wrong password ${i}`);
      expect(res.status).toBe(401);
    }
    for (const c of clients) {
      const res = await c.login(email, 'shopfloor-demo');
      expect(res.status).toBe(429);
      expect(res.body.error.code).toBe('rate_limited');
    }
  });

  it('a change through A is seen through B at once (caches follow the shared data version)', async () => {
    const adminA = await Client.login(a.base, 'admin@demo.test');
    const adminB = adminA.at(b.base);
    const before = (await adminB.get('/api/stats/national')).body.totals;
    const mapBefore = mapTotal((await adminB.get(WORLD)).body);
    expect(mapBefore).toBe(before.workplaces);
    // Served from B's caches now; A's writes must move them.
    expect((await adminB.get('/api/stats/national')).body.totals).toEqual(before);

    const chapterId = triangle;
    const wp = await adminA.post(`/api/chapters/${chapterId}/workplaces`, {
      employer: 'Two Servers Logistics',
      zip: '27701',
    });
    expect(wp.status).toBe(201);
    const member = await adminA.post(`/api/chapters/${chapterId}/members`, {
      firstName: 'Ada',
      lastName: 'Twoservers',
    });
    expect(member.status).toBe(201);

    const after = (await adminB.get('/api/stats/national')).body.totals;
    expect(after.workplaces).toBe(before.workplaces + 1);
    expect(after.members).toBe(before.members + 1);
    expect(mapTotal((await adminB.get(WORLD)).body)).toBe(mapBefore + 1);

    // And back the other way: a PATCH through B is read through A.
    const patched = await adminB.patch(`/api/workplaces/${wp.body.id}`, {
      version: wp.body.version,
      employer: 'Two Servers Logistics (renamed)',
    });
    expect(patched.status).toBe(200);
    expect((await adminA.get(`/api/workplaces/${wp.body.id}`)).body.employer).toBe(
      'Two Servers Logistics (renamed)',
    );
  });
});
