import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../../..');

/** A port nobody listens on right now: the kernel picks it, we let it go, the server takes it. */
export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `check` until it returns a value other than undefined/false, or throws after `timeoutMs`. */
export async function until<T>(
  what: string,
  check: () => Promise<T | undefined | false> | T | undefined | false,
  timeoutMs = 60_000,
  everyMs = 100,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await check();
      if (v !== undefined && v !== false) return v as T;
    } catch (err) {
      last = err;
    }
    if (Date.now() > end)
      throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await sleep(everyMs);
  }
}

export interface ServerProcess {
  base: string;
  port: number;
  child: ChildProcess;
  /** Everything the process printed, for failure messages. */
  output(): string;
  /** SIGTERM (graceful: the server closes its pool) and wait for the exit. */
  stop(): Promise<void>;
  /** SIGKILL: no cleanup of any kind, as when the machine or the process dies. */
  kill(): Promise<void>;
}

const running = new Set<ChildProcess>();
// A safety net: a test that throws before its afterAll must not leave servers behind.
process.once('exit', () => {
  for (const c of running) c.kill('SIGKILL');
});

/** Environment for a server process: nothing inherited that picks a database or a port. */
function serverEnv(env: Record<string, string>, port: number): NodeJS.ProcessEnv {
  const base: NodeJS.ProcessEnv = { ...process.env };
  for (const k of ['DATABASE_URL', 'SQLITE_FILE', 'TEST_DATABASE_URL', 'PORT', 'NODE_OPTIONS'])
    delete base[k];
  return {
    ...base,
    SCRYPT_LOG_N: '12',
    CLIENT_DIST: resolve(root, 'tests/ops/no-client'),
    ...env,
    PORT: String(port),
  };
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((ok) => child.once('exit', () => ok()));
}

/**
 * Starts `server/src/serve.ts` (the production entry: migrate, seed an empty database, listen) as
 * a child of this process, run by node itself so that a kill reaches the server and nothing else.
 */
export async function startServer(
  env: Record<string, string>,
  opts: { timeoutMs?: number; port?: number } = {},
): Promise<ServerProcess> {
  const port = opts.port ?? (await freePort());
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/serve.ts'], {
    cwd: root,
    env: serverEnv(env, port),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const base = `http://127.0.0.1:${port}`;
  const server: ServerProcess = {
    base,
    port,
    child,
    output: () => out,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const done = exited(child);
      const t = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await done;
      clearTimeout(t);
    },
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited(child);
    },
  };
  const end = Date.now() + (opts.timeoutMs ?? 90_000);
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`the server exited (${child.exitCode ?? child.signalCode}):\n${out}`);
    const ok = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(5_000) }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > end) {
      await server.kill();
      throw new Error(`the server on port ${port} did not answer /api/health:\n${out}`);
    }
    await sleep(200);
  }
  return server;
}

/** Runs one of the repository's scripts (`scripts/backup.ts`…) as `npm run` would, without npm. */
export function runScript(
  script: string,
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; out: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: root,
    env: serverEnv(env, 0),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  return new Promise((ok) =>
    child.once('close', (code) => {
      running.delete(child);
      ok({ code, out });
    }),
  );
}
