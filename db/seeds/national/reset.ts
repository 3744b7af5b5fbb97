import type { Knex } from 'knex';
import { isPostgres } from '../../index';

/** Tables the generator fills, plus the login tables that point at its users. */
const seeded = [
  'chapters',
  'workplaces',
  'members',
  'employments',
  'organizing_status_history',
  'users',
  'sessions',
  'login_failures',
];

async function foreignKeys(trx: Knex): Promise<{ child: string; parent: string }[]> {
  if (isPostgres(trx)) {
    const res = await trx.raw(`
      select c.relname as child, p.relname as parent
      from pg_constraint k
      join pg_class c on c.oid = k.conrelid
      join pg_class p on p.oid = k.confrelid
      join pg_namespace n on n.oid = c.relnamespace
      where k.contype = 'f' and n.nspname = current_schema()`);
    return res.rows;
  }
  const tables: { name: string }[] = await trx.raw(
    "select name from sqlite_master where type = 'table' and name not like 'sqlite_%'",
  );
  const keys: { child: string; parent: string }[] = [];
  for (const { name } of tables) {
    const fks: { table: string }[] = await trx.raw(`pragma foreign_key_list("${name}")`);
    for (const fk of fks) keys.push({ child: name, parent: fk.table });
  }
  return keys;
}

/**
 * Deletes every row the generator would write, children first. Tables added later that point at
 * these (pods, campaigns, votes…) are emptied too, so foreign keys never block the reset. The
 * audit log is append-only by design (a database trigger refuses deletes), so it keeps its rows.
 */
export async function deleteSeededRows(trx: Knex): Promise<string[]> {
  const keys = (await foreignKeys(trx)).filter((k) => k.child !== 'audit_log');
  const doomed = new Set(seeded);
  for (let grew = true; grew;) {
    grew = false;
    for (const k of keys) {
      if (doomed.has(k.parent) && !doomed.has(k.child)) {
        doomed.add(k.child);
        grew = true;
      }
    }
  }
  const order: string[] = [];
  const left = new Set(doomed);
  while (left.size) {
    // A table goes once nothing left still references it (self-references aside).
    const ready = [...left].filter(
      (t) => !keys.some((k) => k.parent === t && k.child !== t && left.has(k.child)),
    );
    for (const t of ready.length ? ready : [...left]) {
      order.push(t);
      left.delete(t);
    }
  }
  for (const t of order) await trx(t).del();
  return order;
}

/** True when the database already holds an organization (chapters) or logins. */
export async function hasData(trx: Knex): Promise<boolean> {
  for (const t of ['chapters', 'users']) {
    const row = await trx(t).count({ n: '*' }).first();
    if (Number(row?.n ?? 0) > 0) return true;
  }
  return false;
}
