import type { Knex } from 'knex';

const tables = [
  'members',
  'workplaces',
  'employments',
  'organizing_status_history',
  'chapters',
  'audit_log',
  'users',
];

/** Row counts and version sums of the data tables: equal before and after means nothing was written. */
export async function fingerprint(db: Knex): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const t of tables) {
    const hasVersion = !['organizing_status_history', 'audit_log'].includes(t);
    const row = await db(t)
      .select(
        db.raw('count(*) as n'),
        db.raw(hasVersion ? 'coalesce(sum(version), 0) as v' : '0 as v'),
        db.raw('coalesce(max(id), 0) as m'),
      )
      .first();
    out[t] = `${Number(row.n)}/${Number(row.v)}/${Number(row.m)}`;
  }
  return out;
}
