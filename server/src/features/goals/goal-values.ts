import { readerOf } from '@shopfloor/db';
import type { Knex } from 'knex';
import { organizingStatuses, type Goal, type OrganizingStatus } from '@shopfloor/shared';
import { VersionedCache } from '../../cache/versioned-cache';
import { ChaptersRepository } from '../chapters/chapters.repository';
import {
  goalProgress,
  monthsBetween,
  nextMonthStart,
  recruitsIn,
  shiftMonth,
  statusesAt,
} from '../pods/pod-progress';
import { PodProgressRepository, type PodMemberFacts } from '../stats/pod-progress.repository';
import type { RecruitmentFigures } from '../stats/recruitment-figures';
import { mappedAt, membersAt } from '../stats/recruitment-series';
import type { MemberFilter } from '../stats/recruitment.repository';
import type { MetricReading } from './goal-progress';
import type { ResolvedScope } from './goal-scope';

/** The trend is drawn through the ends of the last 6 complete months. */
export const TREND_MONTHS = 6;

const cumulative = (xs: number[]) =>
  xs.map((_, i) => xs.slice(0, i + 1).reduce((a, b) => a + b, 0));

/**
 * A goal's metric now and at recent month ends. Pods count as their pages do (their members
 * whatever their standing; recruits recruited at work), from the pod progress computation; other
 * scopes from the recruitment figures (members in good standing, every join a recruit).
 */
export class GoalValues {
  private readonly pods: PodProgressRepository;
  private readonly chapters: ChaptersRepository;
  private readonly podFacts: VersionedCache<{
    facts: PodMemberFacts[];
    history: Awaited<ReturnType<PodProgressRepository['statusHistory']>>;
  }>;

  private readonly readings: VersionedCache<MetricReading>;

  constructor(
    db: Knex,
    private readonly figures: RecruitmentFigures,
  ) {
    this.pods = new PodProgressRepository(readerOf(db));
    this.chapters = new ChaptersRepository(db);
    this.podFacts = new VersionedCache(db);
    this.readings = new VersionedCache(db);
  }

  /** Kept per data version: the list, the recruitment charts and writes share readings. */
  read(goal: Goal, scope: ResolvedScope, today: string): Promise<MetricReading> {
    const key = `${goal.id}|${goal.version}|${goal.metric}|${today}`;
    return this.readings.get(key, () => this.compute(goal, scope, today));
  }

  private async compute(goal: Goal, scope: ResolvedScope, today: string): Promise<MetricReading> {
    const month = today.slice(0, 7);
    const recent = monthsBetween(shiftMonth(month, -TREND_MONTHS), shiftMonth(month, -1));
    if (scope.filter.kind === 'pod') return this.readPod(goal, scope.filter, recent, month);
    const filter = scope.filter;
    if (goal.metric === 'chapters_with_committee') {
      const states = filter.kind === 'states' ? filter.states : null;
      const chapters = (await this.chapters.list()).filter(
        (c) => c.hasLaborCommittee && (!states || states.includes(c.state)),
      );
      return { current: filter.kind === 'all' || states ? chapters.length : null, points: null };
    }
    // The window of the default recruitment chart and the Southern trend: they share the passes.
    const from = shiftMonth(month, -23);
    if (goal.metric === 'mapped') {
      const rows = await this.figures.mapped(filter, from);
      return {
        current: mappedAt(rows, month),
        points: recent.map((m) => mappedAt(rows, m)),
      };
    }
    if (goal.metric === 'members') {
      const flows = await this.figures.flows(filter, from);
      return {
        current: membersAt(flows, month),
        points: recent.map((m) => membersAt(flows, m)),
      };
    }
    const only =
      goal.metric === 'workplace_recruits'
        ? { source: 'workplace' }
        : goal.metric === 'spanish_recruits'
          ? { language: 'es' }
          : goal.metric === 'recruits'
            ? {}
            : null;
    if (!only) return { current: null, points: null };
    const joins = await this.figures.joins(filter, from, month);
    const monthly = recent.map((m) =>
      joins
        .filter(
          (j) =>
            j.jm === m &&
            (!only.source || j.source === only.source) &&
            (!only.language || j.language === only.language),
        )
        .reduce((a, j) => a + j.n, 0),
    );
    const end = goal.dueOn < today ? goal.dueOn : today;
    const current = await this.figures.repo.recruitsBetween(
      filter,
      goal.startsOn ?? '0000-01-01',
      end,
      only,
    );
    return { current, points: cumulative(monthly) };
  }

  private async readPod(
    goal: Goal,
    filter: Extract<MemberFilter, { kind: 'pod' }>,
    recent: string[],
    month: string,
  ): Promise<MetricReading> {
    const { facts, history } = await this.podFacts.get(`${filter.podId}|${month}`, async () => {
      const [facts, history] = await Promise.all([
        this.pods.memberFacts(filter.podId),
        this.pods.statusHistory(filter.podId, `${nextMonthStart(month)}T00:00:00.000Z`),
      ]);
      return { facts, history };
    });
    const current = goalProgress([goal], facts)[0]!.current;
    const bounds = recent.map(nextMonthStart);
    const atLeast = (s: OrganizingStatus) =>
      organizingStatuses.slice(organizingStatuses.indexOf(s));
    const recruits = (keep: (f: PodMemberFacts) => boolean) =>
      bounds.map((b) => recruitsIn(facts, `${recent[0]}-01`, b).filter(keep).length);
    switch (goal.metric) {
      case 'members':
        return {
          current,
          points: bounds.map((b) => facts.filter((f) => !f.joinedOn || f.joinedOn < b).length),
        };
      case 'trained':
      case 'committee': {
        const at = statusesAt(facts, history, recent);
        const keys = atLeast(goal.metric);
        return { current, points: at.map((s) => keys.reduce((a, k) => a + s.byStatus[k], 0)) };
      }
      case 'recruits':
        return { current, points: recruits(() => true) };
      case 'workplace_recruits':
        return { current, points: recruits((f) => f.recruitmentSource === 'workplace') };
      case 'spanish_recruits':
        return { current, points: recruits((f) => f.preferredLanguage === 'es') };
      case 'mapped': {
        const rows = await this.figures.mapped(filter, recent[0]!);
        return { current, points: recent.map((m) => mappedAt(rows, m, true)) };
      }
      default:
        return { current, points: null };
    }
  }
}
