import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultBackupPath } from '@shopfloor/db/backup/files';
import { backupPostgres } from '@shopfloor/db/backup/postgres';
import { backupSqlite } from '@shopfloor/db/backup/sqlite';
import { loadConfig } from '../server/src/config';

/**
 * `npm run backup [-- <file>]`: a consistent snapshot while the server runs. SQLite: VACUUM INTO
 * on a connection of its own; PostgreSQL (DATABASE_URL): pg_dump -Fc.
 */
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { help: { type: 'boolean', short: 'h', default: false } },
});
if (values.help || positionals.length > 1) {
  console.log(
    'npm run backup [-- <file>]: a consistent snapshot of SQLITE_FILE (or DATABASE_URL), by default\n' +
      'into data/backups/ (BACKUP_DIR) as shopfloor-<UTC time>.sqlite or .dump',
  );
  process.exit(values.help ? 0 : 1);
}
const { db } = loadConfig();
const kind = db.databaseUrl ? 'postgres' : 'sqlite';
const out = resolve(positionals[0] ?? defaultBackupPath(kind));
const started = performance.now();
try {
  if (db.databaseUrl) await backupPostgres(db.databaseUrl, out);
  else await backupSqlite(db.sqliteFile!, out);
} catch (err) {
  console.error(`Backup failed: ${(err as Error).message}`);
  process.exit(1);
}
const mb = (statSync(out).size / 1e6).toFixed(1);
const secs = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `Backed up ${db.databaseUrl ? 'PostgreSQL' : db.sqliteFile} to ${out} (${mb} MB, ${secs} s).`,
);
console.log(`Restore it with: npm run restore -- ${out}`);
