import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { backupKindOf, defaultBackupPath } from '@shopfloor/db/backup/files';
import {
  backupPostgres,
  postgresHasTables,
  postgresSessions,
  restorePostgres,
} from '@shopfloor/db/backup/postgres';
import { backupSqlite, restoreSqlite, sqliteInUse } from '@shopfloor/db/backup/sqlite';
import { loadConfig } from '../server/src/config';

const usage = `npm run restore -- <backup file> [--force] [--no-safety-backup]

Replaces the database (SQLITE_FILE, or DATABASE_URL) with the backup. Stop every server first:
restore refuses while the database is in use unless --force. The current database is first
saved to data/backups/shopfloor-before-restore-<time> unless --no-safety-backup.`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    force: { type: 'boolean', default: false },
    'no-safety-backup': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}
if (values.help || positionals.length !== 1) fail(usage, values.help ? 0 : 1);
const backup = resolve(positionals[0]!);
if (!existsSync(backup)) fail(`There is no file ${backup}`);

const { db } = loadConfig();
const kind = backupKindOf(backup);
const target = db.databaseUrl ? 'postgres' : 'sqlite';
if (!kind) fail(`${backup} is neither a SQLite backup nor a pg_dump -Fc dump`);
if (kind !== target)
  fail(
    kind === 'sqlite'
      ? `${backup} is a SQLite backup, but DATABASE_URL is set: unset it to restore into SQLITE_FILE`
      : `${backup} is a PostgreSQL dump: set DATABASE_URL to the database to restore it into`,
  );

try {
  const where = db.databaseUrl ? 'PostgreSQL' : db.sqliteFile!;
  const inUse = db.databaseUrl
    ? (await postgresSessions(db.databaseUrl)) > 0
    : await sqliteInUse(db.sqliteFile!);
  if (inUse && !values.force)
    fail(
      `${where} is in use (a server is running on it?). Stop every server, then restore; ` +
        '--force restores anyway, and running servers must then be restarted at once.',
      2,
    );
  if (inUse) console.warn(`Warning: ${where} is in use; restoring anyway (--force).`);
  const hasData = db.databaseUrl
    ? await postgresHasTables(db.databaseUrl)
    : existsSync(db.sqliteFile!);
  if (hasData && !values['no-safety-backup']) {
    const safety = resolve(defaultBackupPath(kind, 'shopfloor-before-restore'));
    try {
      if (db.databaseUrl) await backupPostgres(db.databaseUrl, safety);
      else await backupSqlite(db.sqliteFile!, safety);
    } catch (err) {
      fail(
        `Could not save the current database first (${(err as Error).message}); ` +
          '--no-safety-backup restores without saving it.',
      );
    }
    console.log(`The database as it was is saved in ${safety}.`);
  }
  if (db.databaseUrl) await restorePostgres(backup, db.databaseUrl);
  else await restoreSqlite(backup, db.sqliteFile!);
  console.log(`Restored ${backup} into ${where}.`);
  console.log('Start the server: it migrates a backup from an older version on start.');
} catch (err) {
  fail(`Restore failed: ${(err as Error).message}`);
}
