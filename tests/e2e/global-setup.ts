import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { createDb, migrateLatest } from '@shopfloor/db';
import { seedDemo } from '@shopfloor/db/seeds/demo';
import { createApp } from '../../server/src/app';
import { hashPassword } from '../../server/src/auth/passwords';
import { loadConfig } from '../../server/src/config';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromePath: string;
  }
}

const root = resolve(import.meta.dirname, '../..');

export function findChrome(): string {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
  ].filter(Boolean) as string[];
  return candidates.find((p) => existsSync(p)) ?? '';
}

/**
 * Builds the client, starts the real server on a free port with a fresh SQLite file and the demo
 * organization, and hands the URL to the browser tests.
 */
export default async function setup(project: TestProject) {
  const chromePath = findChrome();
  project.provide('chromePath', chromePath);
  if (!chromePath) {
    const msg =
      'No Chromium found (looked at $CHROME_PATH, /usr/bin/chromium): install it with `apt-get install -y chromium`.';
    if (process.env.REQUIRE_BROWSER === '1') throw new Error(`REQUIRE_BROWSER=1 and ${msg}`);
    console.warn(`\n*** Browser tests SKIPPED. ${msg}\n`);
    project.provide('baseUrl', '');
    return;
  }
  // A production build of the client in a folder of its own: client/dist, which `npm start`
  // serves, is left alone, and the browser runs the same code people get.
  const dir = mkdtempSync(join(tmpdir(), 'shopfloor-e2e-'));
  const clientDist = join(dir, 'client');
  const { build } = await import('vite');
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root: join(root, 'client'),
      logLevel: 'warn',
      configFile: join(root, 'client/vite.config.ts'),
      build: { outDir: clientDist, emptyOutDir: true },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  const config = {
    ...loadConfig({ SCRYPT_LOG_N: '12', PORT: '0', REQUIRE_2FA: '0' }),
    clientDist,
  };
  const db = createDb({ sqliteFile: join(dir, 'e2e.sqlite') });
  await migrateLatest(db);
  // Dated from today, as `npm start` seeds it: the open vote is still open.
  await seedDemo(db, 'shopfloor-demo', (p) => hashPassword(p, config.scryptLogN), new Date());
  const app = createApp({ db, config });
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((ok) => server.once('listening', () => ok()));
  const { port } = server.address() as AddressInfo;
  project.provide('baseUrl', `http://127.0.0.1:${port}`);

  return async () => {
    await new Promise<void>((ok) => server.close(() => ok()));
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  };
}
