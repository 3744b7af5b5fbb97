import type { Knex } from 'knex';
import {
  campaignStages,
  normalizeEmployer,
  suppressBreakdown,
  suppressCount,
  type Count,
  type EmployerRollup,
  type EmployerSearchQuery,
  type EmployerSummary,
} from '@shopfloor/shared';
import { assertRole, suppressionThresholdFor, type Actor } from '../../auth/policy';
import type { Config } from '../../config';
import { VersionedCache } from '../../cache/versioned-cache';
import { NotFoundError } from '../../http/errors';
import { EmployersRepository } from './employers.repository';

function sumBy<T>(items: readonly T[], key: (t: T) => string, value: (t: T) => number) {
  const out: Record<string, number> = {};
  for (const t of items) out[key(t)] = (out[key(t)] ?? 0) + value(t);
  return out;
}

/**
 * Employers across chapters for national staff: sites and members counted by state and chapter,
 * small counts suppressed. A campaign before `public` is counted by state only, never by site.
 */
export class EmployersService {
  private readonly repo: EmployersRepository;
  /** The unfiltered list groups every workplace: kept per data version (searches are cheap). */
  private readonly top: VersionedCache<EmployerSummary[]>;

  constructor(
    db: Knex,
    private readonly config: Config,
  ) {
    this.repo = new EmployersRepository(db);
    this.top = new VersionedCache(db);
  }

  private counting(actor: Actor) {
    assertRole(actor, ['national', 'admin']);
    const threshold = suppressionThresholdFor(actor, this.config.suppressionThreshold);
    return {
      threshold,
      sup: (n: number): Count => (threshold === null ? n : suppressCount(n, threshold)),
      parts: (p: Record<string, number>): Record<string, Count> =>
        threshold === null ? p : suppressBreakdown(p, threshold),
    };
  }

  async search(actor: Actor, q: EmployerSearchQuery): Promise<EmployerSummary[]> {
    const { sup, threshold } = this.counting(actor);
    const key = q.q ? normalizeEmployer(q.q) : '';
    const list = async () =>
      (await this.repo.search(key || null, q.limit)).map((r) => ({
        ...r,
        sites: sup(r.sites),
        members: sup(r.members),
        publicCampaigns: sup(r.publicCampaigns),
      }));
    return key ? list() : this.top.get(`${q.limit}|${threshold ?? 'exact'}`, list);
  }

  async rollup(actor: Actor, rawKey: string): Promise<EmployerRollup> {
    const { threshold, sup, parts } = this.counting(actor);
    const key = normalizeEmployer(rawKey);
    const [sites, campaigns] = await Promise.all([this.repo.sites(key), this.repo.campaigns(key)]);
    if (!sites.length) throw new NotFoundError('Employer');
    const siteById = new Map(sites.map((s) => [s.id, s]));
    const stateOf = (workplaceId: number) => siteById.get(workplaceId)?.state ?? 'unknown';
    const published = campaigns.filter((c) => c.publicSince !== null);
    const confidential = campaigns.filter((c) => c.publicSince === null);

    const states = [...new Set(sites.map((s) => s.state))].sort();
    const zero = () => Object.fromEntries(states.map((s) => [s, 0]));
    const perState = (p: Record<string, number>) => parts({ ...zero(), ...p });
    const sitesS = perState(
      sumBy(
        sites,
        (s) => s.state,
        () => 1,
      ),
    );
    const membersS = perState(
      sumBy(
        sites,
        (s) => s.state,
        (s) => s.members,
      ),
    );
    const publicS = perState(
      sumBy(
        published,
        (c) => stateOf(c.workplaceId),
        () => 1,
      ),
    );
    const secretS = perState(
      sumBy(
        confidential,
        (c) => stateOf(c.workplaceId),
        () => 1,
      ),
    );

    const chapters = [...new Map(sites.map((s) => [s.chapterId, s])).values()];
    const sitesC = parts(
      sumBy(
        sites,
        (s) => String(s.chapterId),
        () => 1,
      ),
    );
    const membersC = parts(
      sumBy(
        sites,
        (s) => String(s.chapterId),
        (s) => s.members,
      ),
    );
    const names = sumBy(
      sites,
      (s) => s.employer,
      () => 1,
    );
    const byName = Object.keys(names).sort((a, b) => names[b]! - names[a]! || (a < b ? -1 : 1));

    return {
      key,
      employer: byName[0]!,
      names: byName,
      suppressionThreshold: threshold,
      totals: {
        sites: sup(sites.length),
        chapters: chapters.length,
        states: states.length,
        members: sup(sites.reduce((a, s) => a + s.members, 0)),
      },
      byState: states.map((state) => ({
        state,
        sites: sitesS[state]!,
        members: membersS[state]!,
        publicCampaigns: publicS[state]!,
        confidentialCampaigns: secretS[state]!,
      })),
      byChapter: chapters.map((c) => ({
        chapterId: c.chapterId,
        chapter: c.chapter,
        state: c.chapterState,
        sites: sitesC[String(c.chapterId)]!,
        members: membersC[String(c.chapterId)]!,
      })),
      campaignsByStage: parts({
        ...Object.fromEntries(campaignStages.map((s) => [s, 0])),
        ...sumBy(
          published,
          (c) => c.stage,
          () => 1,
        ),
      }),
      publicCampaigns: published.map((c) => {
        const site = siteById.get(c.workplaceId);
        return {
          id: c.id,
          chapterId: c.chapterId,
          stage: c.stage,
          siteName: site?.siteName ?? null,
          city: site?.city ?? null,
          state: site?.state ?? null,
          publicSince: c.publicSince!,
        };
      }),
    };
  }
}
