import type { Knex } from 'knex';
import type { CampaignStage } from '@shopfloor/shared';

export interface MapPoint {
  id: number;
  chapterId: number;
  lat: number;
  lng: number;
  employer: string;
  siteName: string | null;
  industry: string | null;
  members: number;
  stage: CampaignStage | null;
  campaignId: number | null;
  campaignVersion: number | null;
}

/** Workplace locations for the map. Counts of members only, never a member. */
export class MapRepository {
  constructor(private readonly db: Knex) {}

  async points(chapterId?: number): Promise<MapPoint[]> {
    const q = this.db('workplaces as w')
      .leftJoin(
        'campaigns as c',
        'c.id',
        this.db.raw('(select max(c2.id) from campaigns c2 where c2.workplace_id = w.id)'),
      )
      .leftJoin(
        this.db('employments')
          .whereNull('ended_on')
          .groupBy('workplace_id')
          .select('workplace_id', this.db.raw('count(*) as n'))
          .as('e'),
        'e.workplace_id',
        'w.id',
      )
      .whereNotNull('w.lat')
      .select(
        'w.id',
        'w.chapter_id',
        'w.lat',
        'w.lng',
        'w.employer',
        'w.site_name',
        'w.industry',
        'e.n',
        'c.id as campaign_id',
        'c.stage',
        'c.version as campaign_version',
      );
    if (chapterId !== undefined) q.where('w.chapter_id', chapterId);
    const rows: Record<string, unknown>[] = await q;
    return rows.map((r) => ({
      id: r.id as number,
      chapterId: r.chapter_id as number,
      lat: Number(r.lat),
      lng: Number(r.lng),
      employer: r.employer as string,
      siteName: (r.site_name as string | null) ?? null,
      industry: (r.industry as string | null) ?? null,
      members: Number(r.n ?? 0),
      stage: (r.stage as CampaignStage | null) ?? null,
      campaignId: (r.campaign_id as number | null) ?? null,
      campaignVersion: (r.campaign_version as number | null) ?? null,
    }));
  }
}
