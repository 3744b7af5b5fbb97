import { resolve } from 'node:path';
import { start } from '../server/src/main';
import { ensureClientBuilt } from './client-build';

ensureClientBuilt();
process.chdir(resolve(import.meta.dirname, '..'));
await start();
