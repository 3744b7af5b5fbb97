import knex, { type Knex } from 'knex';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrationSource } from './migrations/index';

export type Db = Knex;

export interface DbConfig {
  /** A PostgreSQL URL; when absent the embedded SQLite file is used. */
  databaseUrl?: string;
  /** SQLite file path, or ':memory:'. */
  sqliteFile?: string;
  /** PostgreSQL schema to use (tests run each suite in a schema of its own). */
  pgSchema?: string;
  pool?: { min: number; max: number };
}

export function isPostgres(db: Knex): boolean {
  return db.client.config.client === 'pg';
}

export function createDb(config: DbConfig): Knex {
  if (config.databaseUrl) {
    return knex({
      client: 'pg',
      connection: config.databaseUrl,
      searchPath: config.pgSchema ? [config.pgSchema] : undefined,
      pool: config.pool ?? { min: 0, max: 10 },
      // How long a request waits for a connection before it fails (503): knex's default is 60 s.
      acquireConnectionTimeout: Number(process.env.DB_ACQUIRE_TIMEOUT_MS) || 60_000,
    });
  }
  const filename = config.sqliteFile ?? 'data/shopfloor.sqlite';
  if (filename !== ':memory:') mkdirSync(dirname(filename), { recursive: true });
  return knex({
    client: 'sqlite3',
    connection: { filename },
    useNullAsDefault: true,
    // One connection: SQLite allows one writer at a time, and the pool then orders transactions.
    pool: {
      min: 1,
      max: 1,
      afterCreate(
        conn: { exec: (sql: string, cb: (err: Error | null) => void) => void },
        done: (err: Error | null, conn: unknown) => void,
      ) {
        conn.exec(
          'PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL;',
          (err) => done(err, conn),
        );
      },
    },
  });
}

export async function migrateLatest(db: Knex): Promise<void> {
  await db.migrate.latest({ migrationSource });
}

export async function rollbackAll(db: Knex): Promise<void> {
  await db.migrate.rollback({ migrationSource }, true);
}

/** Now as an ISO 8601 UTC string: timestamps are stored as text so both databases sort and compare them alike. */
export function nowIso(): string {
  return new Date().toISOString();
}
