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
  if (filename === ':memory:') return sqlite(filename, 1, '');
  mkdirSync(dirname(filename), { recursive: true });
  // One connection: SQLite allows one writer at a time, and the pool then orders transactions.
  const db = sqlite(filename, 1, 'PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;');
  // Beside it, readers: in WAL mode they read the last committed state while a write runs, so a
  // session lookup or a cache check does not queue behind someone's import. Made on first use.
  let reader: Knex | undefined;
  readers.set(db, () => (reader ??= sqlite(filename, READERS, 'PRAGMA query_only = ON;')));
  // db.destroy() ends the readers too (knex's destroy is its client's).
  const client = db.client as { destroy: (cb?: unknown) => Promise<void> };
  const destroy = client.destroy.bind(client);
  client.destroy = async (cb?: unknown) => {
    await reader?.destroy();
    reader = undefined;
    return destroy(cb);
  };
  return db;
}

/** Reader connections per SQLite file: reads are short, and the machine has few cores. */
const READERS = 2;
const readers = new WeakMap<Knex, () => Knex>();

function sqlite(filename: string, connections: number, pragmas: string): Knex {
  return knex({
    client: 'sqlite3',
    connection: { filename },
    useNullAsDefault: true,
    pool: {
      min: 1,
      max: connections,
      afterCreate(
        conn: { exec: (sql: string, cb: (err: Error | null) => void) => void },
        done: (err: Error | null, conn: unknown) => void,
      ) {
        conn.exec(`PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; ${pragmas}`, (err) =>
          done(err, conn),
        );
      },
    },
  });
}

/**
 * Where to run a read outside any transaction: a SQLite file's reader connections, or the database
 * itself (PostgreSQL's pool already reads beside writes; an in-memory SQLite has one connection).
 * Never for a read that must see the caller's own uncommitted writes: use the transaction.
 */
export function readerOf(db: Knex): Knex {
  return readers.get(db)?.() ?? db;
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

/** How many counters the data version is the sum of (see the migration that made them). */
export { DATA_VERSION_SHARDS } from './migrations/20261122000100_data_version_shards';
