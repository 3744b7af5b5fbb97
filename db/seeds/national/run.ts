import { createDb } from '../../index';
import { DatabaseNotEmptyError, seedNational } from './generate';

/**
 * npm run seed:national [-- --reset]: the national-scale data set, into DATABASE_URL when set,
 * else into SQLITE_FILE or data/national.sqlite (never the app's default database).
 */
const started = Date.now();
const reset = process.argv.includes('--reset');
const databaseUrl = process.env.DATABASE_URL || undefined;
const sqliteFile = process.env.SQLITE_FILE || 'data/national.sqlite';
const db = createDb({ databaseUrl, sqliteFile });

// A failed batch insert's message carries the whole SQL text: keep its ends, which say why.
function brief(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.length > 600 ? `${message.slice(0, 300)} … ${message.slice(-300)}` : message;
}

console.log(`Seeding ${databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `SQLite ${sqliteFile}`}…`);
try {
  const { counts } = await seedNational(db, { reset, log: (line) => console.log(`  ${line}`) });
  const summary = Object.entries(counts).map(([table, n]) => `${n} ${table}`);
  console.log(`Seeded ${summary.join(', ')}.`);
  console.log(`Total time: ${((Date.now() - started) / 1000).toFixed(1)}s`);
} catch (err) {
  console.error(
    err instanceof DatabaseNotEmptyError ? err.message : `Seeding failed: ${brief(err)}`,
  );
  process.exitCode = 1;
} finally {
  await db.destroy();
}
