import type { Knex } from 'knex';
import type { CampaignStage } from '@shopfloor/shared';

/**
 * A pod's workplaces: where its members work now, and a workplace pod's own unit. Organizers see
 * these workplaces' campaigns in full and move their stages. A subquery, so callers filter with
 * `whereIn('workplace_id', podWorkplaceIds(db, ids))` in one round trip.
 */
export function podWorkplaceIds(db: Knex | Knex.Transaction, podIds: readonly number[]) {
  return db('employments as pw_e')
    .join('pod_members as pw_pm', 'pw_pm.member_id', 'pw_e.member_id')
    .whereIn('pw_pm.pod_id', podIds)
    .whereNull('pw_e.ended_on')
    .select('pw_e.workplace_id')
    .union((u) =>
      u
        .from('pods as pw_p')
        .whereIn('pw_p.id', podIds)
        .whereNotNull('pw_p.workplace_id')
        .select('pw_p.workplace_id'),
    );
}

/** Workplaces by id, each with its newest campaign, for a pod's page. */
export async function workplaceSummaries(db: Knex, ids: readonly number[]) {
  if (!ids.length) return [];
  const rows: Record<string, unknown>[] = await db('workplaces as w')
    .leftJoin(
      'campaigns as c',
      'c.id',
      db.raw('(select max(c2.id) from campaigns c2 where c2.workplace_id = w.id)'),
    )
    .whereIn('w.id', ids)
    .orderBy('w.employer_key')
    .select(
      'w.id',
      'w.chapter_id',
      'w.employer',
      'w.site_name',
      'w.city',
      'w.state',
      'w.industry',
      'c.id as campaign_id',
      'c.stage as campaign_stage',
      'c.version as campaign_version',
    );
  return rows.map((r) => ({
    id: r.id as number,
    chapterId: r.chapter_id as number,
    employer: r.employer as string,
    siteName: (r.site_name as string | null) ?? null,
    city: (r.city as string | null) ?? null,
    state: (r.state as string | null) ?? null,
    industry: (r.industry as string | null) ?? null,
    campaign:
      r.campaign_id == null
        ? null
        : {
            id: r.campaign_id as number,
            stage: r.campaign_stage as CampaignStage,
            version: r.campaign_version as number,
          },
  }));
}
