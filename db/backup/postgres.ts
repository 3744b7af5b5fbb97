import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import knex from 'knex';
import { publish } from './files';

/** The URL without its password, which goes to the tools in PGPASSWORD instead of their argv. */
function connection(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const u = new URL(url);
  const env = { ...process.env };
  if (u.password) {
    env.PGPASSWORD = decodeURIComponent(u.password);
    u.password = '';
  }
  return { dbname: u.toString(), env };
}

function run(tool: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((ok, fail) => {
    const child = spawn(tool, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.once('error', (e: NodeJS.ErrnoException) =>
      fail(
        e.code === 'ENOENT'
          ? new Error(`${tool} is not installed: apt-get install postgresql-client (or your OS's)`)
          : e,
      ),
    );
    child.once('close', (code) =>
      code === 0 ? ok(out) : fail(new Error(`${tool} failed (exit ${code}): ${err.trim()}`)),
    );
  });
}

/** `pg_dump -Fc`: a consistent snapshot (one repeatable-read transaction) while the server runs. */
export async function backupPostgres(url: string, out: string): Promise<void> {
  const { dbname, env } = connection(url);
  mkdirSync(dirname(out) || '.', { recursive: true });
  if (existsSync(out)) throw new Error(`${out} already exists`);
  const partial = `${out}.partial`;
  rmSync(partial, { force: true });
  try {
    await run('pg_dump', ['--format=custom', '--file', partial, '--dbname', dbname], env);
    await run('pg_restore', ['--list', partial], env);
  } catch (err) {
    rmSync(partial, { force: true });
    throw err;
  }
  publish(partial, out);
}

/** Other sessions on the database: servers (or anyone) still connected. */
export async function postgresSessions(url: string): Promise<number> {
  const db = knex({ client: 'pg', connection: url, pool: { min: 0, max: 1 } });
  try {
    const r = await db.raw(
      `select count(*) as n from pg_stat_activity
        where datname = current_database() and pid <> pg_backend_pid()`,
    );
    return Number(r.rows[0].n);
  } finally {
    await db.destroy();
  }
}

/** Whether the database has any tables yet (nothing to lose before a restore). */
export async function postgresHasTables(url: string): Promise<boolean> {
  const db = knex({ client: 'pg', connection: url, pool: { min: 0, max: 1 } });
  try {
    const r = await db.raw(
      `select count(*) as n from information_schema.tables where table_schema = current_schema()`,
    );
    return Number(r.rows[0].n) > 0;
  } finally {
    await db.destroy();
  }
}

/**
 * `pg_restore --clean --if-exists` in one transaction: the dump's tables are dropped and
 * recreated with its rows, or, if anything fails, the database is left as it was.
 */
export async function restorePostgres(backup: string, url: string): Promise<void> {
  const { dbname, env } = connection(url);
  await run('pg_restore', ['--list', backup], env);
  await run(
    'pg_restore',
    [
      '--clean',
      '--if-exists',
      '--single-transaction',
      '--exit-on-error',
      '--dbname',
      dbname,
      backup,
    ],
    env,
  );
}
