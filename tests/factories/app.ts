import { randomBytes } from 'node:crypto';
import request from 'supertest';
import type { Knex } from 'knex';
import { createDb, migrateLatest } from '@shopfloor/db';
import { seedDemo } from '@shopfloor/db/seeds/demo';
import { createApp } from '../../server/src/app';
import { hashPassword } from '../../server/src/auth/passwords';
import { loadConfig, type Config } from '../../server/src/config';

export const DEMO_PASSWORD = 'shopfloor-demo';
/** Tests hash at a lower scrypt cost than production (2^17) so suites stay quick on two cores. */
const TEST_SCRYPT_LOG_N = '12';

export interface TestContext {
  app: ReturnType<typeof createApp>;
  db: Knex;
  config: Config;
  close(): Promise<void>;
}

/**
 * A fresh, migrated database for one test file: in-memory SQLite, or (under `npm run test:pg`)
 * a PostgreSQL schema of its own that is dropped afterwards.
 */
export async function freshDb(): Promise<{ db: Knex; close(): Promise<void> }> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    const db = createDb({ sqliteFile: ':memory:' });
    await migrateLatest(db);
    return { db, close: () => db.destroy() };
  }
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const db = createDb({ databaseUrl: url, pgSchema: schema, pool: { min: 0, max: 5 } });
  await db.raw(`create schema "${schema}"`);
  await migrateLatest(db);
  return {
    db,
    close: async () => {
      await db.raw(`drop schema "${schema}" cascade`);
      await db.destroy();
    },
  };
}

export async function makeTestApp(
  env: Record<string, string> = {},
  /** demo: seed the demo organization (default); today: the day it is dated from (a fixed day by default). */
  opts: { demo?: boolean; today?: Date } = {},
): Promise<TestContext> {
  const { db, close } = await freshDb();
  // Two-factor login is tested on its own (tests/server/security*.test.ts), which turns it on.
  const config = loadConfig({ SCRYPT_LOG_N: TEST_SCRYPT_LOG_N, REQUIRE_2FA: '0', ...env });
  if (opts.demo !== false)
    await seedDemo(db, DEMO_PASSWORD, (p) => hashPassword(p, config.scryptLogN), opts.today);
  const app = createApp({ db, config });
  return { app, db, config, close };
}

export type Agent = ReturnType<typeof request.agent> & { csrf: string };

/** A supertest agent that keeps cookies, with the CSRF token of its session. */
export async function anonymous(app: TestContext['app']): Promise<Agent> {
  const agent = request.agent(app) as Agent;
  const res = await agent.get('/api/auth/session');
  agent.csrf = res.body.csrfToken;
  return agent;
}

export async function loginAs(
  app: TestContext['app'],
  email: string,
  password = DEMO_PASSWORD,
): Promise<Agent> {
  const agent = await anonymous(app);
  const res = await agent
    .post('/api/auth/login')
    .set('X-CSRF-Token', agent.csrf)
    .send({ email, password });
  if (res.status !== 200)
    throw new Error(`login as ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
  agent.csrf = res.body.csrfToken;
  return agent;
}

export async function chapterIdByName(db: Knex, name: string): Promise<number> {
  const row = await db('chapters').where({ name }).first('id');
  if (!row) throw new Error(`no chapter ${name}`);
  return row.id;
}
