import { spawnSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '@shopfloor/db';
import { pgBackend, sqliteBackend, type Backend } from './helpers/backends';
import { Client } from './helpers/client';
import { assertSound, checksums, seedDemoDb } from './helpers/data';
import { createScratchDb, pgAvailable } from './helpers/pg';
import { runScript, startServer, until, type ServerProcess } from './helpers/server';

const pg = await pgAvailable();
const backends = [
  ['SQLite', sqliteBackend],
  ...(pg ? ([['PostgreSQL', pgBackend]] as const) : []),
] as const;

/** Members the writer added, in order: W00000, W00001… */
async function writerMembers(db: Knex): Promise<string[]> {
  return db('members').where({ first_name: 'Writer' }).orderBy('last_name').pluck('last_name');
}

/**
 * What the backup file holds, read without the restore script: SQLite opens a copy of the file;
 * PostgreSQL loads the dump into a second scratch database with pg_restore itself.
 */
async function readBackup<T>(
  backend: Backend,
  file: string,
  fn: (db: Knex) => Promise<T>,
): Promise<T> {
  if (backend.name === 'SQLite') {
    const copy = join(backend.dir, 'backup-copy.sqlite');
    copyFileSync(file, copy);
    const db = createDb({ sqliteFile: copy });
    try {
      return await fn(db);
    } finally {
      await db.destroy();
    }
  }
  const scratch = await createScratchDb('read');
  try {
    const r = spawnSync('pg_restore', ['--dbname', scratch.url, file], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`pg_restore: ${r.stderr}`);
    const db = createDb({ databaseUrl: scratch.url, pool: { min: 0, max: 1 } });
    try {
      return await fn(db);
    } finally {
      await db.destroy();
    }
  } finally {
    await scratch.drop();
  }
}

describe.each(backends)('npm run backup / npm run restore on %s', (_name, make) => {
  let backend: Backend;
  let server: ServerProcess;
  let triangle: number;

  beforeAll(async () => {
    backend = await make('backup');
    await backend.withDb(async (db) => {
      await seedDemoDb(db);
      triangle = (await db('chapters').where({ name: 'Triangle' }).first('id')).id;
    });
    server = await startServer(backend.env);
  });

  afterAll(async () => {
    await server?.stop();
    await backend?.drop();
  });

  it('backs up while the server writes; restore brings back exactly that moment', async () => {
    const chapter = await Client.login(server.base, 'chapter@demo.test');

    // A writer adds members one after another (each a transaction: member, audit row, data version).
    let stop = false;
    let acked = 0;
    const failures: number[] = [];
    const writer = (async () => {
      for (let i = 0; !stop; i++) {
        const res = await chapter.post(`/api/chapters/${triangle}/members`, {
          firstName: 'Writer',
          lastName: `W${String(i).padStart(5, '0')}`,
        });
        if (res.status === 201) acked = i + 1;
        else failures.push(res.status);
      }
    })();
    await until('the writer to be writing', () => acked >= 5);

    const ackedBefore = acked;
    const backup = await runScript('scripts/backup.ts', [], backend.env);
    const ackedAfter = acked;
    expect(backup.code, backup.out).toBe(0);
    const file = /Backed up .* to (.+) \(/.exec(backup.out)?.[1];
    expect(file, backup.out).toMatch(
      new RegExp(`/backups/shopfloor-\\d{4}-\\d\\d-\\d\\dT\\d\\d-\\d\\d-\\d\\dZ\\.(sqlite|dump)$`),
    );

    // Changes after the backup: more members, a new workplace.
    await until('more writes after the backup', () => acked >= ackedAfter + 3);
    stop = true;
    await writer;
    expect(failures).toEqual([]);
    const late = await chapter.post(`/api/chapters/${triangle}/workplaces`, {
      employer: 'After The Backup Inc',
      zip: '27701',
    });
    expect(late.status).toBe(201);

    // The backup is one moment: the writer's members up to some k, each with its audit row.
    const inBackup = await readBackup(backend, file!, async (db) => {
      await assertSound(db);
      const names = await writerMembers(db);
      const ids = await db('members').where({ first_name: 'Writer' }).pluck('id');
      const audited = await db('audit_log')
        .where({ entity: 'member', action: 'create' })
        .whereIn('entity_id', ids.map(String))
        .count({ n: '*' })
        .first();
      return { names, audited: Number(audited!.n), sums: await checksums(db) };
    });
    const k = inBackup.names.length;
    expect(inBackup.names).toEqual(
      Array.from({ length: k }, (_, i) => `W${String(i).padStart(5, '0')}`),
    );
    expect(k).toBeGreaterThanOrEqual(ackedBefore);
    expect(k).toBeLessThanOrEqual(ackedAfter + 1); // + the one in flight when the snapshot was taken
    expect(inBackup.audited).toBe(k);
    const live = await backend.withDb(checksums);
    expect(live).not.toEqual(inBackup.sums);

    // Restore is stop-the-world: refused while the server has the database open.
    const refused = await runScript('scripts/restore.ts', [file!], backend.env);
    expect(refused.code, refused.out).toBe(2);
    expect(refused.out).toMatch(/in use/);

    await server.stop();
    const restore = await runScript('scripts/restore.ts', [file!], backend.env);
    expect(restore.code, restore.out).toBe(0);
    expect(restore.out).toMatch(/saved in .*shopfloor-before-restore-/);
    server = await startServer(backend.env, { port: server.port });

    const restored = await backend.withDb(async (db) => {
      await assertSound(db);
      return { sums: await checksums(db), names: await writerMembers(db) };
    });
    expect(restored.sums).toEqual(inBackup.sums);
    expect(restored.names).toHaveLength(k);
    // The session of the backup moment is back; what came after is gone.
    const list = await chapter.get(`/api/chapters/${triangle}/workplaces`);
    expect(list.status).toBe(200);
    expect(JSON.stringify(list.body)).not.toContain('After The Backup');
    console.log(
      `[ops] ${backend.name}: backup under writes held ${k} of the writer's members ` +
        `(${ackedBefore} acknowledged before it began, ${ackedAfter} when it ended); restored exactly`,
    );
  });
});
