import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Knex } from 'knex';
import { createDb } from '@shopfloor/db';
import { createScratchDb } from './pg';

/** One database for a test file, as the server processes see it: a SQLite file or a PG database. */
export interface Backend {
  name: 'SQLite' | 'PostgreSQL';
  /** Environment that points a server process at it. */
  env: Record<string, string>;
  dir: string;
  /** A short-lived connection of the test's own (closed before the servers restart). */
  withDb<T>(fn: (db: Knex) => Promise<T>): Promise<T>;
  drop(): Promise<void>;
}

async function using<T>(db: Knex, fn: (db: Knex) => Promise<T>): Promise<T> {
  try {
    return await fn(db);
  } finally {
    await db.destroy();
  }
}

export async function sqliteBackend(prefix: string): Promise<Backend> {
  const dir = mkdtempSync(join(tmpdir(), `shopfloor-ops-${prefix}-`));
  const file = join(dir, 'shopfloor.sqlite');
  return {
    name: 'SQLite',
    env: { SQLITE_FILE: file, BACKUP_DIR: join(dir, 'backups') },
    dir,
    withDb: (fn) => using(createDb({ sqliteFile: file }), fn),
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

export async function pgBackend(prefix: string): Promise<Backend> {
  const dir = mkdtempSync(join(tmpdir(), `shopfloor-ops-${prefix}-`));
  const scratch = await createScratchDb(prefix);
  return {
    name: 'PostgreSQL',
    env: { DATABASE_URL: scratch.url, BACKUP_DIR: join(dir, 'backups') },
    dir,
    withDb: (fn) => using(createDb({ databaseUrl: scratch.url, pool: { min: 0, max: 2 } }), fn),
    drop: async () => {
      await scratch.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
