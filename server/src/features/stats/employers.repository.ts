import type { Knex } from 'knex';
import type { CampaignStage } from '@shopfloor/shared';

export interface EmployerSite {
  id: number;
  chapterId: number;
  chapter: string;
  chapterState: string;
  state: string;
  employer: string;
  siteName: string | null;
  city: string | null;
  members: number;
}

export interface EmployerCampaign {
  id: number;
  workplaceId: number;
  chapterId: number;
  stage: CampaignStage;
  publicSince: string | null;
}

/** An employer's sites across chapters, by normalized key; counts of members, never who. */
export class EmployersRepository {
  constructor(private readonly db: Knex) {}

  /** Members working now at each of the workplaces, counted per workplace. */
  private async membersAt(workplaceIds: readonly number[]): Promise<Map<number, number>> {
    const out = new Map<number, number>();
    for (let i = 0; i < workplaceIds.length; i += 900) {
      const rows: { workplace_id: number; n: number | string }[] = await this.db('employments')
        .whereIn('workplace_id', workplaceIds.slice(i, i + 900))
        .whereNull('ended_on')
        .groupBy('workplace_id')
        .select('workplace_id', this.db.raw('count(distinct member_id) as n'));
      for (const r of rows) out.set(r.workplace_id, Number(r.n));
    }
    return out;
  }

  /**
   * Employers whose key contains the text, most sites first. The grouping reads workplaces only;
   * members, public campaigns and spellings are then read for the employers listed.
   */
  async search(keyLike: string | null, limit: number) {
    const q = this.db('workplaces as w')
      .groupBy('w.employer_key')
      .select(
        'w.employer_key as key',
        this.db.raw('min(w.id) as first_id'),
        this.db.raw('count(*) as sites'),
        this.db.raw('count(distinct w.chapter_id) as chapters'),
        this.db.raw('count(distinct w.state) as states'),
      )
      // Ties go to the employer recorded first: text order differs between SQLite and PostgreSQL.
      .orderBy([
        { column: 'sites', order: 'desc' },
        { column: 'first_id', order: 'asc' },
      ])
      .limit(limit);
    if (keyLike) q.where('w.employer_key', 'like', `%${keyLike}%`);
    const rows: Record<string, unknown>[] = await q;
    const keys = rows.map((r) => r.key as string);
    if (!keys.length) return [];
    const [sites, published, spellings] = await Promise.all([
      this.db('workplaces').whereIn('employer_key', keys).select('id', 'employer_key as key'),
      this.db('campaigns as c')
        .join('workplaces as w', 'w.id', 'c.workplace_id')
        .whereNotNull('c.public_since')
        .whereIn('w.employer_key', keys)
        .groupBy('w.employer_key')
        .select('w.employer_key as key', this.db.raw('count(*) as n')),
      this.spellings(keys),
    ]);
    const perSite = await this.membersAt(sites.map((x: { id: number }) => x.id));
    const members = new Map<string, number>();
    for (const x of sites as { id: number; key: string }[])
      members.set(x.key, (members.get(x.key) ?? 0) + (perSite.get(x.id) ?? 0));
    const publicCampaigns = new Map(
      (published as { key: string; n: number | string }[]).map((p) => [p.key, Number(p.n)]),
    );
    return rows.map((r) => ({
      key: r.key as string,
      employer: spellings.get(r.key as string)?.[0] ?? (r.key as string),
      sites: Number(r.sites),
      chapters: Number(r.chapters),
      states: Number(r.states),
      members: members.get(r.key as string) ?? 0,
      publicCampaigns: publicCampaigns.get(r.key as string) ?? 0,
    }));
  }

  /** Each employer's names as written, the most used first. */
  async spellings(keys: readonly string[]): Promise<Map<string, string[]>> {
    if (!keys.length) return new Map();
    const rows: { key: string; employer: string; n: number | string }[] = await this.db(
      'workplaces',
    )
      .whereIn('employer_key', keys)
      .groupBy('employer_key', 'employer')
      .select('employer_key as key', 'employer', this.db.raw('count(*) as n'));
    const out = new Map<string, { name: string; n: number }[]>();
    for (const r of rows)
      out.set(r.key, [...(out.get(r.key) ?? []), { name: r.employer, n: Number(r.n) }]);
    return new Map(
      [...out].map(([k, names]) => [
        k,
        names.sort((a, b) => b.n - a.n || (a.name < b.name ? -1 : 1)).map((x) => x.name),
      ]),
    );
  }

  async sites(key: string): Promise<EmployerSite[]> {
    const rows: Record<string, unknown>[] = await this.db('workplaces as w')
      .join('chapters as ch', 'ch.id', 'w.chapter_id')
      .where('w.employer_key', key)
      .orderBy('w.id')
      .select(
        'w.id',
        'w.chapter_id',
        'ch.name as chapter',
        'ch.state as chapter_state',
        this.db.raw('coalesce(w.state, ch.state) as state'),
        'w.employer',
        'w.site_name',
        'w.city',
      );
    const members = await this.membersAt(rows.map((r) => r.id as number));
    return rows.map((r) => ({
      id: r.id as number,
      chapterId: r.chapter_id as number,
      chapter: r.chapter as string,
      chapterState: r.chapter_state as string,
      state: r.state as string,
      employer: r.employer as string,
      siteName: (r.site_name as string | null) ?? null,
      city: (r.city as string | null) ?? null,
      members: members.get(r.id as number) ?? 0,
    }));
  }

  async campaigns(key: string): Promise<EmployerCampaign[]> {
    const rows: Record<string, unknown>[] = await this.db('campaigns as c')
      .join('workplaces as w', 'w.id', 'c.workplace_id')
      .where('w.employer_key', key)
      .orderBy('c.id')
      .select('c.id', 'c.workplace_id', 'c.chapter_id', 'c.stage', 'c.public_since');
    return rows.map((r) => ({
      id: r.id as number,
      workplaceId: r.workplace_id as number,
      chapterId: r.chapter_id as number,
      stage: r.stage as CampaignStage,
      publicSince: (r.public_since as string | null) ?? null,
    }));
  }
}
