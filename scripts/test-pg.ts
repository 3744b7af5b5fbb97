import { spawnSync } from 'node:child_process';

/** Runs the server suite against PostgreSQL: each test file migrates a schema of its own and drops it. */
const url = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
const result = spawnSync(
  'npx',
  ['vitest', 'run', '--project', 'server', ...process.argv.slice(2)],
  {
    stdio: 'inherit',
    env: { ...process.env, TEST_DATABASE_URL: url },
  },
);
process.exit(result.status ?? 1);
