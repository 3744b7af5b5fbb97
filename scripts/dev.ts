import { spawn } from 'node:child_process';

/** API with reload on change (port 8080) and Vite with hot reload (port 5173, proxying /api). */
const children = [
  spawn('npx', ['tsx', 'watch', 'server/src/serve.ts'], {
    stdio: 'inherit',
    env: { ...process.env, CLIENT_DIST: '' },
  }),
  spawn('npm', ['run', 'dev', '-w', 'client'], { stdio: 'inherit' }),
];
const stop = () => {
  for (const c of children) c.kill('SIGTERM');
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
