import { createDb, migrateLatest } from '@shopfloor/db';
import { loadConfig } from '../server/src/config';

const db = createDb(loadConfig().db);
await migrateLatest(db);
console.log('Migrations are up to date.');
await db.destroy();
