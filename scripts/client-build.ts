import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/**
 * Builds the client when it has never been built or its sources (client/src, shared/src, the
 * page shell and the Vite config) are newer than the build. Used by `npm start` and
 * `npm run lighthouse`.
 */
export function ensureClientBuilt() {
  const index = join(root, 'client/dist/index.html');
  const sources = Math.max(
    ...['client/src', 'shared/src', 'client/index.html', 'client/vite.config.ts'].map((p) =>
      newestMtime(join(root, p)),
    ),
  );
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  console.log('Building the client (first start, or its sources changed)…');
  const result = spawnSync('npm', ['run', 'build', '-w', 'client'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
