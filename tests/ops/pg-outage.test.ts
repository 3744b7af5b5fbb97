import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '@shopfloor/db';
import { Client, type Reply } from './helpers/client';
import { seedDemoDb } from './helpers/data';
import { createScratchDb, pgAvailable, type ScratchDb } from './helpers/pg';
import { PgProxy } from './helpers/proxy';
import { startServer, until, type ServerProcess } from './helpers/server';

const pg = await pgAvailable();

/**
 * The shared PostgreSQL cannot be stopped (other suites use it), so the app reaches it through a
 * TCP proxy the test cuts and restores: to the app that is the database host going away.
 */
describe.skipIf(!pg)('PostgreSQL going away and coming back', () => {
  let scratch: ScratchDb;
  let proxy: PgProxy;
  let server: ServerProcess;

  beforeAll(async () => {
    scratch = await createScratchDb('outage');
    const db = createDb({ databaseUrl: scratch.url });
    await seedDemoDb(db);
    await db.destroy();
    const direct = new URL(scratch.url);
    proxy = new PgProxy({ host: direct.hostname, port: Number(direct.port || 5432) });
    await proxy.up();
    const viaProxy = new URL(scratch.url);
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String(proxy.port);
    server = await startServer({
      DATABASE_URL: viaProxy.toString(),
      DB_ACQUIRE_TIMEOUT_MS: '3000',
    });
  });

  afterAll(async () => {
    await server?.stop();
    await proxy?.down();
    await scratch?.drop();
  });

  it('answers 503 unavailable while it is away, fast, and serves again when it returns', async () => {
    const national = await Client.login(server.base, 'national@demo.test');
    const anonymous = await Client.anonymous(server.base);
    expect((await national.get('/api/stats/national')).status).toBe(200);
    expect(proxy.connections).toBeGreaterThan(0);
    const unavailable = (res: Reply) => {
      expect(res.status).toBe(503);
      expect(res.body.error.code).toBe('unavailable');
    };

    // The connection drops while a query is in flight ("Connection terminated unexpectedly").
    proxy.freeze();
    const inFlight = national.get('/api/stats/national');
    await until('the query to leave for the database', () => proxy.sentWhileFrozen > 0);
    await proxy.down();
    unavailable(await inFlight);

    // The host is gone: connections are refused.
    let t0 = Date.now();
    // A load balancer's probe carries no session cookie.
    expect(await anonymous.get('/api/health')).toEqual({
      status: 503,
      body: { ok: false, db: 'unreachable' },
    });
    unavailable(await national.get('/api/health'));
    unavailable(await national.get('/api/stats/national'));
    unavailable(await national.get('/api/map/workplaces?bbox=-180,-85,180,85&zoom=3'));
    unavailable(await anonymous.login('chapter@demo.test', 'shopfloor-demo'));
    const refusedMs = Date.now() - t0;
    expect(refusedMs).toBeLessThan(10_000);

    // A black hole: connections are accepted and never answered; DB_ACQUIRE_TIMEOUT_MS bounds the wait.
    await proxy.up('hang');
    t0 = Date.now();
    unavailable(await national.get('/api/stats/national'));
    expect((await anonymous.get('/api/health')).status).toBe(503);
    const hungMs = Date.now() - t0;
    expect(hungMs).toBeLessThan(30_000);
    expect(server.child.exitCode).toBeNull();

    await proxy.down();
    await proxy.up();
    await until('the stats to be served again', async () => {
      return (await national.get('/api/stats/national')).status === 200;
    });
    expect((await anonymous.get('/api/health')).status).toBe(200);
    // The session outlived the outage, and logins work again.
    expect((await national.get('/api/auth/session')).body.user.email).toBe('national@demo.test');
    expect((await anonymous.login('chapter@demo.test', 'shopfloor-demo')).status).toBe(200);
    expect(server.output()).not.toMatch(/\[error\]/);
    console.log(
      `[ops] PostgreSQL outage: refused → 503 in ${refusedMs} ms for five requests, ` +
        `black hole → 503 in ${hungMs} ms for two; recovered without a restart`,
    );
  });
});
