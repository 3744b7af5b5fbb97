import type { Knex } from 'knex';
import type { RecruitmentQuery, RecruitmentStats } from '@shopfloor/shared';
import { figuresAccess, podAccess, type Actor } from '../../auth/policy';
import { VersionedCache } from '../../cache/versioned-cache';
import type { Config } from '../../config';
import { ForbiddenError, NotFoundError, ValidationError } from '../../http/errors';
import type { GoalsService } from '../goals/goals.service';
import { monthsBetween, shiftMonth } from '../pods/pod-progress';
import type { RecruitmentFigures, SeriesFigures } from './recruitment-figures';
import { suppressor } from './suppressor';

const MAX_MONTHS = 60;

/** What a caller may see of exact series: counts suppressed, each breakdown beside its month's joins. */
export function presentSeries(f: SeriesFigures, threshold: number | null) {
  const s = suppressor(threshold);
  return {
    series: f.months.map((m) => {
      const joins = s.count(m.joins);
      const lapses = s.count(m.lapses);
      return {
        month: m.month,
        joins,
        lapses,
        net: typeof joins === 'number' && typeof lapses === 'number' ? joins - lapses : null,
        members: s.count(m.members),
        bySource: s.parts(m.bySource),
        byLanguage: s.parts(m.byLanguage),
        byIndustry: s.parts(m.byIndustry),
        byRegion: s.parts(m.byRegion),
      };
    }),
    retention: f.retention.map((c) => {
      const joined = s.count(c.joined);
      // The retained are a part of the joined: a small remainder would give them away.
      const retained = s.partOf(c.retained, c.joined);
      return { ...c, joined, retained, rate: s.share(retained, joined) };
    }),
  };
}

/**
 * Joins, lapses, net growth, breakdowns and retention for a scope, with its goals. Each answer is
 * kept per data version and caller kind; the figures under it are shared with goal progress.
 */
export class RecruitmentService {
  private readonly cache: VersionedCache<RecruitmentStats>;

  constructor(
    db: Knex,
    private readonly config: Config,
    private readonly figures: RecruitmentFigures,
    private readonly goals: GoalsService,
  ) {
    this.cache = new VersionedCache(db);
  }

  range(q: Pick<RecruitmentQuery, 'from' | 'to'>, now = new Date()) {
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

  async stats(actor: Actor, q: RecruitmentQuery): Promise<RecruitmentStats> {
    const scope = await this.goals.scopes.resolve(q.scope, q.id);
    const access = figuresAccess(actor, scope.target, this.config.suppressionThreshold);
    if (!access) {
      if (scope.target.scope === 'pod' && podAccess(actor, scope.target.pod) === 'none')
        throw new NotFoundError('Pod');
      throw new ForbiddenError('These figures belong to another chapter or pod');
    }
    const { from, to } = this.range(q);
    const { threshold } = access;
    const key = `${q.scope}|${scope.ref}|${from}|${to}|${threshold ?? 'exact'}`;
    return this.cache.get(key, async () => {
      const [exact, goals] = await Promise.all([
        this.figures.series(scope.filter, from, to),
        this.goals.forScope(scope, threshold),
      ]);
      return {
        scope: q.scope,
        id: scope.ref,
        label: scope.label,
        interval: 'month',
        from,
        to,
        suppressionThreshold: threshold,
        ...presentSeries(exact, threshold),
        goals,
      };
    });
  }
}
