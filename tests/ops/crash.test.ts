import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgBackend, sqliteBackend, type Backend } from './helpers/backends';
import { Client, type Reply } from './helpers/client';
import { addVoters, assertSound, count, seedDemoDb } from './helpers/data';
import { pgAvailable } from './helpers/pg';
import { bigRoster } from './helpers/roster';
import { startServer, until, type ServerProcess } from './helpers/server';

const LINES = 100_000;
const VOTERS = 300;
/** Ballots acknowledged (201) before the server is killed: a third of the burst, mid-flight. */
const KILL_AFTER = 100;

const pg = await pgAvailable();
const backends = [
  ['SQLite', sqliteBackend],
  ...(pg ? ([['PostgreSQL', pgBackend]] as const) : []),
] as const;

/** Runs `fn` over `items`, `limit` at a time. */
async function eachLimit<T>(items: T[], limit: number, fn: (item: T) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++]!);
  };
  await Promise.all(Array.from({ length: limit }, worker));
}

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

describe.each(backends)('SIGKILL mid-write on %s', (_name, make) => {
  let backend: Backend;
  let server: ServerProcess;
  let triangle: number;
  let voteId: number;
  let voterEmails: string[];

  beforeAll(async () => {
    backend = await make('crash');
    await backend.withDb(async (db) => {
      await seedDemoDb(db);
      ({ voteId, emails: voterEmails } = await addVoters(db, VOTERS));
      triangle = (await db('chapters').where({ name: 'Triangle' }).first('id')).id;
    });
    server = await startServer(backend.env);
  });

  afterAll(async () => {
    await server?.stop();
    await backend?.drop();
  });

  /** Whether the import's transaction has begun writing rows (nothing is visible until commit). */
  async function importWriting(walBase: number): Promise<boolean> {
    if (backend.name === 'SQLite') {
      // The transaction's pages spill into the WAL long before its commit record is written.
      const wal = join(backend.dir, 'shopfloor.sqlite-wal');
      return existsSync(wal) && statSync(wal).size > walBase + 2_000_000;
    }
    return backend.withDb(async (db) => {
      const r = await db.raw(
        `select count(*) as n from pg_locks l join pg_class c on c.oid = l.relation
            where c.relname = 'members' and l.mode = 'RowExclusiveLock'
              and l.pid <> pg_backend_pid()`,
      );
      return Number(r.rows[0].n) > 0;
    });
  }

  const importCounts = (db: Knex) =>
    Promise.all([count(db, 'members', { chapter_id: triangle }), count(db, 'audit_log')]);

  it(`kills a ${LINES.toLocaleString('en-US')}-line roster import mid-commit: after restart all of it is there or none`, async () => {
    const chapter = await Client.login(server.base, 'chapter@demo.test');
    const csv = bigRoster(LINES);
    const [members0, audit0] = await backend.withDb(importCounts);
    const wal = join(backend.dir, 'shopfloor.sqlite-wal');
    const walBase = existsSync(wal) ? statSync(wal).size : 0;

    const t0 = Date.now();
    let reply: Reply | null = null;
    const request = chapter
      .post(`/api/chapters/${triangle}/import/members?dryRun=false`, csv, 170_000)
      .then((r) => (reply = r))
      .catch(() => null);
    const caught = await until(
      'the import to start writing',
      async () => (reply ? 'finished' : (await importWriting(walBase)) ? 'writing' : false),
      150_000,
      50,
    );
    await server.kill();
    const killedAfter = Date.now() - t0;
    await request;

    server = await startServer(backend.env, { port: server.port });
    const [members1, audit1] = await backend.withDb(async (db) => {
      await assertSound(db);
      return importCounts(db);
    });
    const whole = members1 === members0 + LINES && audit1 === audit0 + LINES + 1;
    const none = members1 === members0 && audit1 === audit0;
    expect({ whole, none, members0, members1, audit0, audit1 }).toMatchObject(
      whole ? { whole: true } : { none: true },
    );
    // An import the server acknowledged is never lost.
    if ((reply as Reply | null)?.status === 200) expect(whole).toBe(true);
    console.log(
      `[ops] ${backend.name}: import killed ${killedAfter} ms after it was sent ` +
        `(${caught === 'writing' ? 'inside its transaction' : 'after it answered'}) → ` +
        `${whole ? `all ${LINES} members` : 'no member'} after restart`,
    );
    // The restarted server serves the chapter.
    expect((await chapter.get(`/api/chapters/${triangle}/members?limit=5`)).status).toBe(200);
  });

  it(`kills a burst of ballots from ${VOTERS} members: every acknowledged ballot survives, one ballot per participant`, async () => {
    const voters: Client[] = [];
    await eachLimit(voterEmails, 6, async (email) => {
      voters.push(await Client.login(server.base, email));
    });
    const ballots0 = await backend.withDb((db) => count(db, 'vote_ballots', { vote_id: voteId }));

    const receipts: string[] = [];
    const refused: number[] = [];
    let killing: Promise<void> | null = null;
    let killedAfter = 0;
    const t0 = Date.now();
    await eachLimit(voters, 30, async (voter) => {
      if (killing) return;
      const res = await voter
        .post(`/api/votes/${voteId}/ballots`, { choice: 'yes' }, 60_000)
        .catch(() => null);
      if (!res) return; // the connection died with the server
      if (res.status !== 201) {
        refused.push(res.status);
        return;
      }
      expect(res.body.receiptHash).toBe(sha256(res.body.receipt));
      receipts.push(res.body.receipt);
      if (receipts.length >= KILL_AFTER && !killing) {
        killedAfter = Date.now() - t0;
        killing = server.kill();
      }
    });
    await killing;
    expect(refused).toEqual([]);
    expect(receipts.length).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(receipts.length).toBeLessThan(VOTERS);

    server = await startServer(backend.env, { port: server.port });
    const check = (db: Knex) =>
      Promise.all([
        db('vote_ballots').where({ vote_id: voteId }).pluck('receipt_hash') as Promise<string[]>,
        count(db, 'vote_participation', { vote_id: voteId }),
      ]);
    const [hashes, participants] = await backend.withDb(async (db) => {
      await assertSound(db);
      return check(db);
    });
    const stored = new Set(hashes);
    expect(receipts.filter((r) => !stored.has(sha256(r)))).toEqual([]);
    expect(participants).toBe(hashes.length);
    const survived = hashes.length - ballots0;

    // Sessions outlive the crash: everyone else votes now, and nobody votes twice.
    const statuses: number[] = [];
    await eachLimit(voters, 10, async (voter) => {
      statuses.push((await voter.post(`/api/votes/${voteId}/ballots`, { choice: 'no' })).status);
    });
    expect(statuses.every((s) => s === 201 || s === 409)).toBe(true);
    expect(statuses.filter((s) => s === 409).length).toBe(survived);
    const [hashes2, participants2] = await backend.withDb(check);
    expect(hashes2.length).toBe(ballots0 + VOTERS);
    expect(participants2).toBe(hashes2.length);
    console.log(
      `[ops] ${backend.name}: ballot burst killed ${killedAfter} ms in, after ` +
        `${receipts.length} acknowledgements → ${survived} ballots stored ` +
        `(${survived - receipts.length} committed but unanswered); the rest voted after restart`,
    );
  });
});
