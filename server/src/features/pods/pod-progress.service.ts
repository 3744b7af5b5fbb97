import { readerOf } from '@shopfloor/db';
import type { Knex } from 'knex';
import {
  organizingStatuses,
  suppressBreakdown,
  suppressCount,
  type Count,
  type PodProgress,
  type PodProgressQuery,
} from '@shopfloor/shared';
import { VersionedCache } from '../../cache/versioned-cache';
import { ValidationError } from '../../http/errors';
import { GoalsRepository } from '../goals/goals.repository';
import { PodProgressRepository } from '../stats/pod-progress.repository';
import {
  goalProgress,
  monthsBetween,
  nextMonthStart,
  recruitsIn,
  shiftMonth,
  stageKeys,
  statusesAt,
  workplacesByStageAt,
} from './pod-progress';

const MAX_MONTHS = 60;

/**
 * A pod's progress over time. Five indexed queries whatever the range; the series is folded in
 * memory and kept per data version, so a repeated read costs one version lookup.
 */
export class PodProgressService {
  private readonly repo: PodProgressRepository;
  private readonly goals: GoalsRepository;
  private readonly cache: VersionedCache<PodProgress>;

  constructor(db: Knex) {
    this.repo = new PodProgressRepository(readerOf(db));
    this.goals = new GoalsRepository(db);
    this.cache = new VersionedCache(db);
  }

  range(q: PodProgressQuery, now = new Date()): { from: string; to: string } {
    const to = q.to ?? (q.from ? shiftMonth(q.from, 23) : now.toISOString().slice(0, 7));
    const from = q.from ?? shiftMonth(to, -23);
    if (from > to)
      throw new ValidationError({
        from: { message: 'from must not be after to', key: 'fromAfterTo' },
      });
    if (monthsBetween(from, to).length > MAX_MONTHS)
      throw new ValidationError({
        from: {
          message: `Ask for at most ${MAX_MONTHS} months at a time`,
          key: 'tooManyMonths',
          params: { max: MAX_MONTHS },
        },
      });
    return { from, to };
  }

  async progress(
    podId: number,
    q: PodProgressQuery,
    threshold: number | null,
  ): Promise<PodProgress> {
    const { from, to } = this.range(q);
    return this.cache.get(`${podId}|${from}|${to}|${threshold ?? 'exact'}`, () =>
      this.compute(podId, from, to, threshold),
    );
  }

  private async compute(
    podId: number,
    from: string,
    to: string,
    threshold: number | null,
  ): Promise<PodProgress> {
    const months = monthsBetween(from, to);
    const end = nextMonthStart(to);
    const [facts, history, campaigns, meetings, goals] = await Promise.all([
      this.repo.memberFacts(podId),
      this.repo.statusHistory(podId, `${end}T00:00:00.000Z`),
      this.repo.workplaceCampaigns(podId),
      this.repo.meetingsByMonth(podId, `${from}-01`, end),
      this.goals.forScope('pod', String(podId)),
    ]);
    const sup = (n: number): Count => (threshold === null ? n : suppressCount(n, threshold));
    const parts = <K extends string>(p: Record<K, number>): Record<K, Count> =>
      threshold === null ? p : suppressBreakdown(p, threshold);
    const statuses = statusesAt(facts, history, months);

    const series = months.map((month, i) => {
      const bound = `${nextMonthStart(month)}T00:00:00.000Z`;
      const met = meetings.get(month) ?? { meetings: 0, attendances: 0, attendees: 0 };
      return {
        month,
        members: sup(statuses[i]!.members),
        byStatus: parts(statuses[i]!.byStatus),
        workplacesByStage: parts(
          workplacesByStageAt(campaigns.workplaceIds, campaigns.history, bound),
        ),
        recruits: sup(recruitsIn(facts, `${month}-01`, nextMonthStart(month)).length),
        meetings: met.meetings,
        attendances: sup(met.attendances),
        attendees: sup(met.attendees),
      };
    });
    const funnel = Object.fromEntries(organizingStatuses.map((s) => [s, 0])) as Record<
      string,
      number
    >;
    for (const f of facts) funnel[f.organizingStatus]!++;
    const now = workplacesByStageAt(campaigns.workplaceIds, campaigns.history, '9999');
    return {
      podId,
      interval: 'month',
      from,
      to,
      suppressionThreshold: threshold,
      series,
      funnel: parts(funnel),
      workplacesByStage: parts(Object.fromEntries(stageKeys.map((k) => [k, now[k]]))),
      goals: goalProgress(goals, facts).map((g) => ({
        ...g,
        current: g.current === null ? null : sup(g.current),
      })),
    };
  }

  /** The pod's goals with their current values (pod detail). */
  async goalsOf(podId: number, threshold: number | null) {
    const [facts, goals] = await Promise.all([
      this.repo.memberFacts(podId),
      this.goals.forScope('pod', String(podId)),
    ]);
    return goalProgress(goals, facts).map((g) => ({
      ...g,
      current:
        g.current === null || threshold === null ? g.current : suppressCount(g.current, threshold),
    }));
  }
}
