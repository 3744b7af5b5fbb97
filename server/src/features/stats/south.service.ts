import { readerOf } from '@shopfloor/db';
import type { Knex } from 'knex';
import { chapterSizeClasses, stateByCode, type SouthCoverage } from '@shopfloor/shared';
import { assertRole, suppressionThresholdFor, type Actor } from '../../auth/policy';
import { VersionedCache } from '../../cache/versioned-cache';
import type { Config } from '../../config';
import type { ChaptersRepository } from '../chapters/chapters.repository';
import { monthsBetween, shiftMonth } from '../pods/pod-progress';
import type { ReserveRepository } from '../reserve/reserve.repository';
import type { RecruitmentFigures } from './recruitment-figures';
import { mappedAt, membersAt } from './recruitment-series';
import { SouthRepository } from './south.repository';
import { gapsOf, presentGroups, presentTotal, sumCoverage, type ChapterFacts } from './south';
import { suppressor } from './suppressor';

const NO_COMMITTEE_HISTORY =
  'Labor committees are recorded as they are now, without the date they formed, so the trend gives members and mapped members only.';

/**
 * Southern coverage (seeds/001, "Prioritize Southern labor organizing"): per configured Southern
 * state, per chapter size class and in total; the gaps; the 24-month trend. Kept per data version.
 */
export class SouthService {
  private readonly repo: SouthRepository;
  private readonly cache: VersionedCache<SouthCoverage>;

  constructor(
    db: Knex,
    private readonly config: Config,
    private readonly figures: RecruitmentFigures,
    private readonly chapters: ChaptersRepository,
    private readonly reserve: ReserveRepository,
  ) {
    this.repo = new SouthRepository(readerOf(db));
    this.cache = new VersionedCache(db);
  }

  async coverage(actor: Actor): Promise<SouthCoverage> {
    assertRole(actor, ['national', 'admin']);
    const threshold = suppressionThresholdFor(actor, this.config.suppressionThreshold);
    const month = new Date().toISOString().slice(0, 7);
    return this.cache.get(`${threshold ?? 'exact'}|${month}`, () => this.compute(threshold, month));
  }

  private async compute(threshold: number | null, month: string): Promise<SouthCoverage> {
    const south = [...this.config.southStates].sort();
    const months = monthsBetween(shiftMonth(month, -23), month);
    const southern = { kind: 'states', states: south } as const;
    const [chapters, members, pods, regionPods, campaigns, reserve, trendRows, flows] =
      await Promise.all([
        this.chapters.list(),
        this.repo.membersByChapter(south),
        this.repo.podsByChapter(),
        this.repo.regionPods('south'),
        this.repo.activeCampaignsByChapter(),
        this.reserve.active(),
        this.figures.mapped(southern, months[0]!),
        this.figures.flows(southern, months[0]!),
      ]);
    const facts: ChapterFacts[] = chapters
      .filter((c) => south.includes(c.state))
      .map((c) => ({
        chapter: c,
        counts: members.get(c.id) ?? { members: 0, mapped: 0 },
        pods: pods.get(c.id) ?? 0,
        campaigns: campaigns.get(c.id) ?? 0,
      }));
    const reserveIn = (state: string) => reserve.filter((r) => r.states.includes(state)).length;
    const s = suppressor(threshold);

    const byState = presentGroups(
      Object.fromEntries(
        south.map((st) => [st, sumCoverage(facts.filter((f) => f.chapter.state === st))]),
      ),
      s,
    );
    const bySize = presentGroups(
      Object.fromEntries(
        chapterSizeClasses.map((k) => [
          k,
          sumCoverage(facts.filter((f) => f.chapter.sizeClass === k)),
        ]),
      ),
      s,
    );
    return {
      suppressionThreshold: threshold,
      states: south.map((st) => ({
        state: st,
        name: stateByCode.get(st)?.name ?? st,
        ...byState[st]!,
        reserveOrganizers: reserveIn(st),
      })),
      totals: {
        ...presentTotal(sumCoverage(facts), s),
        reserveOrganizers: reserve.filter((r) => r.states.some((st) => south.includes(st))).length,
        regionPods,
      },
      bySizeClass: chapterSizeClasses.map((k) => ({ sizeClass: k, ...bySize[k]! })),
      gaps: gapsOf(facts, s).map((g) => ({ ...g, reserveOrganizers: reserveIn(g.state) })),
      trend: {
        months: months.map((m) => {
          const members = s.count(membersAt(flows, m));
          const membersMapped = s.count(mappedAt(trendRows, m));
          return { month: m, members, membersMapped, mappedShare: s.share(membersMapped, members) };
        }),
        committeeHistory: 'not_recorded',
        note: NO_COMMITTEE_HISTORY,
      },
    };
  }
}
