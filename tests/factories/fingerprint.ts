import type { Knex } from 'knex';

const tables = [
  'members',
  'workplaces',
  'employments',
  'organizing_status_history',
  'chapters',
  'audit_log',
  'users',
  'campaigns',
  'campaign_stage_history',
  'pods',
  'pod_members',
  'pod_coordinators',
  'pod_meetings',
  'pod_attendance',
  'goals',
  'reserve_organizers',
  'mentorships',
];
const withoutVersion = [
  'organizing_status_history',
  'audit_log',
  'campaign_stage_history',
  'pod_members',
  'pod_coordinators',
  'pod_attendance',
];

/** Row counts and version sums of the data tables: equal before and after means nothing was written. */
export async function fingerprint(db: Knex): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const t of tables) {
    const hasVersion = !withoutVersion.includes(t);
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
