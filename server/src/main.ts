import { resolve } from 'node:path';
import { createDb, migrateLatest } from '@shopfloor/db';
import { DEMO_LOGINS, isEmpty, seedDemo } from '@shopfloor/db/seeds/demo';
import { createApp } from './app';
import { hashPassword } from './auth/passwords';
import { loadConfig } from './config';

/** Migrates, seeds the demo organization into an empty database, and serves API and client on one port. */
export async function start(env: NodeJS.ProcessEnv = process.env) {
  // The demo stays two commands: its admin and national logins work with the password alone,
  // unless the operator asked for two-factor login (REQUIRE_2FA=1).
  const demo2faOff = env.SEED_DEMO !== '0' && (env.REQUIRE_2FA ?? '') === '';
  if (demo2faOff) env = { ...env, REQUIRE_2FA: '0' };
  const config = {
    ...loadConfig(env),
    clientDist: env.CLIENT_DIST ?? resolve(import.meta.dirname, '../../client/dist'),
  };
  const db = createDb(config.db);
  await migrateLatest(db);
  const demoPassword = env.DEMO_PASSWORD || 'shopfloor-demo';
  let seeded = false;
  if (env.SEED_DEMO !== '0' && (await isEmpty(db))) {
    // Dated from today, so the demo's open vote and recent joins are current whenever it starts.
    await seedDemo(db, demoPassword, (p) => hashPassword(p, config.scryptLogN), new Date());
    seeded = true;
  }
  const app = createApp({ db, config });
  // The national cluster index takes a moment to build on a large database: build it now.
  app.services.map.warm().catch((err) => console.error('[map] warm-up failed:', err));
  const server = app.listen(config.port, () => {
    const url = `http://localhost:${config.port}`;
    const where = config.db.databaseUrl ? 'PostgreSQL' : config.db.sqliteFile;
    console.log(`\nShopfloor is running at ${url}  (database: ${where})`);
    if (env.SEED_DEMO !== '0') {
      console.log(
        seeded
          ? 'Demo data was loaded into the empty database.'
          : 'The database already had data; demo data was not loaded again.',
      );
      console.log(
        `Demo logins (password: ${env.DEMO_PASSWORD ? 'the value of DEMO_PASSWORD' : demoPassword}):`,
      );
      for (const l of DEMO_LOGINS)
        console.log(`  ${l.email.padEnd(22)} ${l.role.padEnd(10)} ${l.what}`);
    }
    if (demo2faOff)
      console.log(
        'Two-factor login is off for this demo (REQUIRE_2FA=0), so the admin and national demo logins need only the password. A real deployment (SEED_DEMO=0) requires it; REQUIRE_2FA=1 turns it on here too.',
      );
    if (!config.totpKey)
      console.log(
        'TOTP_KEY is not set: two-factor secrets are stored unencrypted in the database (see README).',
      );
    console.log('');
  });
  const stop = async () => {
    server.close();
    await db.destroy();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return { server, db, config };
}
