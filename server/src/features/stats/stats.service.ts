import { readerOf } from '@shopfloor/db';
import type { Knex } from 'knex';
import {
  organizingStatuses,
  stateByCode,
  suppressBreakdown,
  suppressCount,
  type Count,
  type NationalStats,
  type PipelineStats,
  type RegionCode,
} from '@shopfloor/shared';
import type { Config } from '../../config';
import {
  assertManagesChapter,
  assertRole,
  suppressionThresholdFor,
  type Actor,
} from '../../auth/policy';
import type { GeoService } from '../geo/geo.service';
import { VersionedCache } from '../../cache/versioned-cache';
import { EmployersService } from './employers.service';
import { PipelineService } from './pipeline.service';
import { StatsRepository } from './stats.repository';

type Sup = (n: number) => Count;

export class StatsService {
  private readonly repo: StatsRepository;
  private readonly cache: VersionedCache<NationalStats>;
  readonly pipeline: PipelineService;
  readonly employers: EmployersService;

  constructor(
    db: Knex,
    private readonly config: Config,
    private readonly geo: GeoService,
  ) {
    this.repo = new StatsRepository(readerOf(db));
    this.cache = new VersionedCache(db);
    this.pipeline = new PipelineService(db, config);
    this.employers = new EmployersService(db, config);
  }

  private suppressorFor(actor: Actor): { sup: Sup; threshold: number | null } {
    const threshold = suppressionThresholdFor(actor, this.config.suppressionThreshold);
    return { threshold, sup: threshold === null ? (n) => n : (n) => suppressCount(n, threshold) };
  }

  /** National figures, computed once per data version and kept for every caller of the same kind. */
  async national(actor: Actor): Promise<NationalStats & { pipeline: PipelineStats }> {
    assertRole(actor, ['national', 'admin']);
    const { threshold } = this.suppressorFor(actor);
    const [figures, pipeline] = await Promise.all([
      this.cache.get(threshold === null ? 'exact' : 'suppressed', () =>
        this.computeNational(actor),
      ),
      this.pipeline.stats(actor),
    ]);
    return { ...figures, pipeline };
  }

  private async computeNational(actor: Actor): Promise<NationalStats> {
    const { sup, threshold } = this.suppressorFor(actor);
    const since90 = new Date(Date.now() - 90 * 86400_000).toISOString().slice(0, 10);
    const [byState, workplaces, chapters, statuses, campaigns, recruits] = await Promise.all([
      this.repo.membersByState(),
      this.repo.workplacesByState(),
      this.repo.chaptersByState(),
      this.repo.membersByOrganizingStatus(),
      this.repo.activeCampaignsByState(),
      this.repo.joinedSinceByState(since90),
    ]);
    const stateCodes = [
      ...new Set([
        ...byState.map((s) => s.state),
        ...chapters.keys(),
        ...workplaces.keys(),
        ...campaigns.keys(),
      ]),
    ].sort();
    const members = new Map(byState.map((s) => [s.state, s]));
    const total = (
      pick: (s: (typeof byState)[number]) => number,
      filter: (code: string) => boolean = () => true,
    ) => byState.filter((s) => filter(s.state)).reduce((acc, s) => acc + pick(s), 0);
    const chapterTotal = (
      key: 'chapters' | 'withCommittee',
      filter: (code: string) => boolean = () => true,
    ) =>
      [...chapters.entries()]
        .filter(([code]) => filter(code))
        .reduce((acc, [, c]) => acc + c[key], 0);

    const regions: RegionCode[] = ['northeast', 'midwest', 'south', 'west'];
    const inRegion = (r: RegionCode) => (code: string) => stateByCode.get(code)?.region === r;
    const isSouth = (code: string) => this.geo.isSouth(code);

    // Per-state members are a breakdown of the national total shown beside them.
    const statesMembers = Object.fromEntries(
      stateCodes.map((c) => [c, members.get(c)?.members ?? 0]),
    );
    const statesMapped = Object.fromEntries(
      stateCodes.map((c) => [c, members.get(c)?.mapped ?? 0]),
    );
    const statesWorkplaces = Object.fromEntries(stateCodes.map((c) => [c, workplaces.get(c) ?? 0]));
    const breakdown = (parts: Record<string, number>) =>
      threshold === null ? parts : suppressBreakdown(parts, threshold);
    const perState = (m: Map<string, number>) =>
      Object.fromEntries(stateCodes.map((c) => [c, m.get(c) ?? 0]));
    const [cS, rS] = [breakdown(perState(campaigns)), breakdown(perState(recruits))];
    const [mS, mpS, wS] = [
      breakdown(statesMembers),
      breakdown(statesMapped),
      breakdown(statesWorkplaces),
    ];
    const statusParts = Object.fromEntries(organizingStatuses.map((s) => [s, statuses[s] ?? 0]));
    const regionMembers = breakdown(
      Object.fromEntries(regions.map((r) => [r, total((s) => s.members, inRegion(r))])),
    );
    const regionMapped = breakdown(
      Object.fromEntries(regions.map((r) => [r, total((s) => s.mapped, inRegion(r))])),
    );

    return {
      suppressionThreshold: this.config.suppressionThreshold,
      totals: {
        members: sup(total((s) => s.members)),
        membersInGoodStanding: sup(total((s) => s.goodStanding)),
        membersMapped: sup(total((s) => s.mapped)),
        workplaces: sup([...workplaces.values()].reduce((a, b) => a + b, 0)),
        chapters: chapterTotal('chapters'),
        chaptersWithLaborCommittee: chapterTotal('withCommittee'),
      },
      byRegion: regions.map((r) => ({
        region: r,
        members: regionMembers[r]!,
        membersMapped: regionMapped[r]!,
        chapters: chapterTotal('chapters', inRegion(r)),
      })),
      byState: stateCodes.map((code) => ({
        state: code,
        members: mS[code]!,
        membersMapped: mpS[code]!,
        workplaces: wS[code]!,
        activeCampaigns: cS[code]!,
        recruitsLast90Days: rS[code]!,
        chapters: chapters.get(code)?.chapters ?? 0,
        chaptersWithLaborCommittee: chapters.get(code)?.withCommittee ?? 0,
      })),
      byOrganizingStatus: breakdown(statusParts),
      south: {
        members: sup(total((s) => s.members, isSouth)),
        membersMapped: sup(total((s) => s.mapped, isSouth)),
        chapters: chapterTotal('chapters', isSouth),
        chaptersWithLaborCommittee: chapterTotal('withCommittee', isSouth),
      },
    };
  }

  async chapter(actor: Actor, chapterId: number) {
    if (actor.role !== 'national') assertManagesChapter(actor, chapterId);
    const { sup, threshold } = this.suppressorFor(actor);
    // A chapter's own committee sees its exact figures.
    const exact = actor.role === 'chapter' || threshold === null;
    const [byState, workplaces, statuses] = await Promise.all([
      this.repo.membersByState(chapterId),
      this.repo.workplacesByState(chapterId),
      this.repo.membersByOrganizingStatus(chapterId),
    ]);
    const sum = (pick: (s: (typeof byState)[number]) => number) =>
      byState.reduce((a, s) => a + pick(s), 0);
    const s: Sup = exact ? (n) => n : sup;
    const statusParts = Object.fromEntries(organizingStatuses.map((st) => [st, statuses[st] ?? 0]));
    return {
      chapterId,
      members: s(sum((x) => x.members)),
      membersInGoodStanding: s(sum((x) => x.goodStanding)),
      membersMapped: s(sum((x) => x.mapped)),
      workplaces: s([...workplaces.values()].reduce((a, b) => a + b, 0)),
      byOrganizingStatus: exact
        ? statusParts
        : suppressBreakdown(statusParts, this.config.suppressionThreshold),
    };
  }
}
