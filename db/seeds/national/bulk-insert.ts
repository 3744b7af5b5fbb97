import type { Knex } from 'knex';
import { isPostgres } from '../../index';
import type { Row } from './time';

type Value = string | number | boolean | null;

// SQLite's default SQLITE_MAX_VARIABLE_NUMBER: bound parameters per statement.
const SQLITE_MAX_VARIABLES = 32766;
const SQLITE_BATCH = 500;
// PostgreSQL takes one array per column, so a batch is bounded by memory, not by parameters.
const PG_BATCH = 10_000;

async function insertSqlite(trx: Knex, table: string, columns: string[], rows: readonly Row[]) {
  const perBatch = Math.min(SQLITE_BATCH, Math.floor(SQLITE_MAX_VARIABLES / columns.length));
  const head = `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values `;
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  for (let start = 0; start < rows.length; start += perBatch) {
    const batch = rows.slice(start, start + perBatch);
    const bindings: Value[] = [];
    for (const row of batch) for (const c of columns) bindings.push(row[c] ?? null);
    await trx.raw(head + new Array<string>(batch.length).fill(tuple).join(', '), bindings);
  }
}

/**
 * `insert … select * from unnest($1::int4[], $2::varchar[], …)`: one typed array per column,
 * which PostgreSQL parses and plans far faster than thousands of VALUES tuples.
 */
async function insertPg(trx: Knex, table: string, columns: string[], rows: readonly Row[]) {
  const typeRows: { rows: { column_name: string; udt_name: string }[] } = await trx.raw(
    `select column_name, udt_name from information_schema.columns
     where table_schema = current_schema() and table_name = ?`,
    [table],
  );
  const types = new Map(typeRows.rows.map((t) => [t.column_name, t.udt_name]));
  const casts = columns.map((c) => `?::${types.get(c) ?? 'text'}[]`).join(', ');
  const sql = `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) select * from unnest(${casts})`;
  for (let start = 0; start < rows.length; start += PG_BATCH) {
    const batch = rows.slice(start, start + PG_BATCH);
    // Knex types array bindings as non-null, one-type arrays; node-postgres sends nulls in them as NULL.
    const arrays = columns.map((c) => batch.map((row) => row[c] ?? null)) as Knex.RawBinding[];
    await trx.raw(sql, arrays);
  }
}

/** Inserts rows in large batches: multi-row VALUES on SQLite, column arrays on PostgreSQL. */
export async function insertRows(trx: Knex, table: string, rows: readonly Row[]): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const columns = Object.keys(first);
  if (isPostgres(trx)) await insertPg(trx, table, columns, rows);
  else await insertSqlite(trx, table, columns, rows);
}

/** PostgreSQL serial sequences do not advance on explicit ids: move each past its table's max. */
export async function resetSequences(trx: Knex, tables: readonly string[]): Promise<void> {
  if (!isPostgres(trx)) return;
  for (const t of tables) {
    await trx.raw(
      `select setval(pg_get_serial_sequence(?, 'id'), coalesce(max(id), 0) + 1, false) from "${t}"`,
      [t],
    );
  }
}
