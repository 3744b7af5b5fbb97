import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import sqlite3 from 'sqlite3';
import { publish } from './files';

/** A bare sqlite3 connection: knex cannot open a file read-only or without creating it. */
class Conn {
  private constructor(private readonly db: sqlite3.Database) {}

  /** Opens an existing file (never creates one). */
  static open(file: string, readonly = false): Promise<Conn> {
    if (!existsSync(file)) throw new Error(`There is no SQLite database at ${file}`);
    return new Promise((ok, fail) => {
      const db = new sqlite3.Database(
        file,
        readonly ? sqlite3.OPEN_READONLY : sqlite3.OPEN_READWRITE,
        (err) => (err ? fail(err) : ok(new Conn(db))),
      );
    });
  }

  all<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    return new Promise((ok, fail) =>
      this.db.all(sql, params, (err, rows) => (err ? fail(err) : ok(rows as T[]))),
    );
  }

  close(): Promise<void> {
    return new Promise((ok, fail) => this.db.close((err) => (err ? fail(err) : ok())));
  }
}

async function using<T>(conn: Promise<Conn>, fn: (c: Conn) => Promise<T>): Promise<T> {
  const c = await conn;
  try {
    return await fn(c);
  } finally {
    await c.close();
  }
}

async function check(db: Conn, what: string): Promise<void> {
  const rows = await db.all<{ integrity_check: string }>('PRAGMA integrity_check');
  const result = rows.map((r) => r.integrity_check).join('; ');
  if (result !== 'ok') throw new Error(`${what} fails SQLite's integrity check: ${result}`);
  const migrations = await db.all<{ n: number }>(
    "select count(*) as n from sqlite_master where type = 'table' and name = 'knex_migrations'",
  );
  if (!migrations[0]?.n) throw new Error(`${what} is not a Shopfloor database`);
}

/**
 * `VACUUM INTO` a new file: one read transaction, so under WAL it is a consistent snapshot of
 * every committed write while the server keeps reading and writing.
 */
async function vacuumInto(db: Conn, out: string): Promise<void> {
  mkdirSync(dirname(out) || '.', { recursive: true });
  if (existsSync(out)) throw new Error(`${out} already exists`);
  const partial = `${out}.partial`;
  rmSync(partial, { force: true });
  await db.all('PRAGMA busy_timeout = 10000');
  await db.all('VACUUM INTO ?', [partial]);
  publish(partial, out);
}

export async function backupSqlite(file: string, out: string): Promise<void> {
  await using(Conn.open(file), (db) => vacuumInto(db, out));
  await using(Conn.open(out, true), (copy) => check(copy, `The backup ${out}`));
}

/**
 * Whether another connection has the file open. Under WAL every open connection holds a shared
 * lock on the database file, so an exclusive lock is granted only when nobody else has it open.
 */
export async function sqliteInUse(file: string): Promise<boolean> {
  if (!existsSync(file)) return false;
  return using(Conn.open(file), async (db) => {
    try {
      await db.all('PRAGMA busy_timeout = 0');
      await db.all('PRAGMA locking_mode = EXCLUSIVE');
      await db.all('BEGIN EXCLUSIVE');
      await db.all('COMMIT');
      return false;
    } catch (err) {
      if (/SQLITE_BUSY|locked/i.test(String(err))) return true;
      throw err;
    }
  });
}

/**
 * Puts the backup in place of `file`. Stop-the-world: nothing may have `file` open (the caller
 * checks sqliteInUse). The backup is checked, rewritten whole next to the target, and renamed
 * over it after the target's WAL files are removed: a stale WAL would be replayed onto it.
 */
export async function restoreSqlite(backup: string, file: string): Promise<void> {
  const staging = `${file}.restoring`;
  await using(Conn.open(backup, true), async (src) => {
    await check(src, `The backup ${backup}`);
    rmSync(staging, { force: true });
    await vacuumInto(src, staging);
  });
  rmSync(`${file}-wal`, { force: true });
  rmSync(`${file}-shm`, { force: true });
  publish(staging, file);
}
