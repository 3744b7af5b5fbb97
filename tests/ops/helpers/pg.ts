import { randomBytes } from 'node:crypto';
import knex from 'knex';

/** The PostgreSQL the suites use (`npm run test:pg` and CI start it); scratch databases go there. */
export const PG_URL =
  process.env.TEST_DATABASE_URL ||
  process.env.OPS_DATABASE_URL ||
  'postgres://postgres@127.0.0.1:5432/test';

function admin() {
  return knex({ client: 'pg', connection: PG_URL, pool: { min: 0, max: 1 } });
}

/** Whether PostgreSQL answers; under CI it must. */
export async function pgAvailable(): Promise<boolean> {
  const db = admin();
  try {
    await db.raw('select 1');
    return true;
  } catch (err) {
    if (process.env.CI)
      throw new Error(`CI needs PostgreSQL at ${PG_URL}: ${String(err)}`, { cause: err });
    console.warn(
      `\n*** PostgreSQL ops tests SKIPPED: ${PG_URL} does not answer (${String(err)})\n`,
    );
    return false;
  } finally {
    await db.destroy();
  }
}

export interface ScratchDb {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/**
 * A database of its own for one test file: the server processes use it as production would
 * (default schema, DATABASE_URL), and it is dropped, connections and all, at the end.
 */
export async function createScratchDb(prefix: string): Promise<ScratchDb> {
  const name = `ops_${prefix}_${randomBytes(4).toString('hex')}`;
  const db = admin();
  try {
    await db.raw(`create database "${name}"`);
  } finally {
    await db.destroy();
  }
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    async drop() {
      const d = admin();
      try {
        await d.raw(`drop database if exists "${name}" with (force)`);
      } finally {
        await d.destroy();
      }
    },
  };
}
