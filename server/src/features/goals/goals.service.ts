import type { Knex } from 'knex';
import {
  metricScopes,
  type Goal,
  type GoalCreate,
  type GoalListQuery,
  type GoalPatch,
  type GoalStatus,
  type Page,
} from '@shopfloor/shared';
import type { AuditRepository } from '../../audit/audit.repository';
import {
  figuresAccess,
  mayReadGoal,
  maySetGoal,
  type Actor,
  type FiguresTarget,
} from '../../auth/policy';
import { VersionedCache } from '../../cache/versioned-cache';
import type { Config } from '../../config';
import {
  ForbiddenError,
  NotFoundError,
  StaleVersionError,
  ValidationError,
} from '../../http/errors';
import type { PodGoalsService } from '../pods/pod-goals.service';
import type { RecruitmentFigures } from '../stats/recruitment-figures';
import { suppressor } from '../stats/suppressor';
import { visibleGoals } from './goal-list';
import { assessGoal } from './goal-progress';
import { ScopeResolver, type ResolvedScope } from './goal-scope';
import { GoalValues } from './goal-values';
import { GoalsRepository } from './goals.repository';

const today = () => new Date().toISOString().slice(0, 10);

/**
 * Goals at every scope with their progress. The rules of who reads and sets which are the policy
 * module's; pod goals are written through the pod goal service, so both paths behave alike.
 */
export class GoalsService {
  readonly scopes: ScopeResolver;
  private readonly repo: GoalsRepository;
  private readonly values: GoalValues;
  private readonly pages: VersionedCache<Page<GoalStatus>>;

  constructor(
    private readonly db: Knex,
    private readonly config: Config,
    private readonly audit: AuditRepository,
    private readonly podGoals: PodGoalsService,
    figures: RecruitmentFigures,
  ) {
    this.scopes = new ScopeResolver(db);
    this.repo = new GoalsRepository(db);
    this.values = new GoalValues(db, figures);
    this.pages = new VersionedCache(db);
  }

  /** Exact for those who see the scope's members, suppressed for everyone else. */
  threshold(actor: Actor, target: FiguresTarget): number | null {
    const access = figuresAccess(actor, target, this.config.suppressionThreshold);
    return access ? access.threshold : this.config.suppressionThreshold;
  }

  async statusOf(
    goals: readonly Goal[],
    scope: ResolvedScope,
    threshold: number | null,
  ): Promise<GoalStatus[]> {
    const day = today();
    const people = suppressor(threshold);
    // Chapters are organizational facts: counted as they are for everyone.
    const exact = suppressor(null);
    return Promise.all(
      goals.map(async (g) => ({
        ...g,
        scopeLabel: scope.label,
        ...assessGoal(
          g,
          await this.values.read(g, scope, day),
          day,
          g.metric === 'chapters_with_committee' ? exact : people,
        ),
      })),
    );
  }

  /** The goals set for one scope (the recruitment charts draw them). */
  async forScope(scope: ResolvedScope, threshold: number | null): Promise<GoalStatus[]> {
    return this.statusOf(await this.repo.forScope(scope.scope, scope.ref), scope, threshold);
  }

  /** Kept per data version for each kind of caller (role, chapter, pods) and query. */
  list(actor: Actor, q: GoalListQuery): Promise<Page<GoalStatus>> {
    const who = `${actor.role}|${actor.chapterId}|${(actor.podIds ?? []).join(',')}`;
    return this.pages.get(`${who}|${today()}|${JSON.stringify(q)}`, () =>
      this.computeList(actor, q),
    );
  }

  private async computeList(actor: Actor, q: GoalListQuery): Promise<Page<GoalStatus>> {
    const visible = visibleGoals(actor, await this.repo.listWithPods(q));
    const offset = Number(q.cursor ?? 0);
    const pageGoals = visible.slice(offset, offset + q.limit);
    const resolved = new Map<string, Promise<ResolvedScope>>();
    const items = await Promise.all(
      pageGoals.map(async (g) => {
        const key = `${g.scope}|${g.scopeRef}`;
        if (!resolved.has(key)) resolved.set(key, this.scopes.resolve(g.scope, g.scopeRef));
        const scope = await resolved.get(key)!;
        return (await this.statusOf([g], scope, this.threshold(actor, scope.target)))[0]!;
      }),
    );
    const more = offset + q.limit < visible.length;
    return { items, nextCursor: more ? String(offset + q.limit) : null };
  }

  async create(actor: Actor, body: GoalCreate): Promise<GoalStatus> {
    const scope = await this.scopes.resolve(body.scope, body.scopeRef);
    const values = {
      metric: body.metric,
      target: body.target,
      startsOn: body.startsOn ?? today(),
      dueOn: body.dueOn,
    };
    if (scope.target.scope === 'pod') {
      const goal = await this.podGoals.create(actor, scope.target.pod.id, values);
      return (await this.statusOf([goal], scope, this.threshold(actor, scope.target)))[0]!;
    }
    this.assertMaySet(actor, scope);
    const goal = await this.db.transaction(async (trx) => {
      const id = await this.repo.insert(trx, {
        ...values,
        scope: scope.scope,
        scopeRef: scope.ref,
        createdBy: actor.userId,
      });
      const after = (await this.repo.get(id, trx))!;
      await this.audit.record(trx, actor, {
        entity: 'goal',
        entityId: id,
        chapterId: scope.chapterId,
        action: 'create',
        after,
      });
      return after;
    });
    return (await this.statusOf([goal], scope, this.threshold(actor, scope.target)))[0]!;
  }

  async update(actor: Actor, id: number, patch: GoalPatch): Promise<GoalStatus> {
    const before = await this.repo.get(id);
    if (!before) throw new NotFoundError('Goal');
    const scope = await this.scopes.resolve(before.scope, before.scopeRef).catch(() => {
      throw new NotFoundError('Goal');
    });
    if (!mayReadGoal(actor, scope.target)) throw new NotFoundError('Goal');
    if (patch.metric && !metricScopes[patch.metric].includes(scope.scope))
      throw new ValidationError({
        metric: {
          message: `${patch.metric} is not tracked at this scope`,
          key: 'metricNotTracked',
          params: { metric: patch.metric },
        },
      });
    let goal: Goal;
    if (scope.target.scope === 'pod') {
      goal = await this.podGoals.update(actor, scope.target.pod.id, id, patch);
    } else {
      this.assertMaySet(actor, scope);
      const { version, ...values } = patch;
      const startsOn = values.startsOn !== undefined ? values.startsOn : before.startsOn;
      if (startsOn && startsOn > (values.dueOn ?? before.dueOn))
        throw new ValidationError({
          startsOn: { message: 'The start must not be after the due date', key: 'startAfterDue' },
        });
      goal = await this.db.transaction(async (trx) => {
        if (!(await this.repo.update(trx, id, values, version))) throw new StaleVersionError();
        const after = (await this.repo.get(id, trx))!;
        await this.audit.record(trx, actor, {
          entity: 'goal',
          entityId: id,
          chapterId: scope.chapterId,
          action: 'update',
          before,
          after,
        });
        return after;
      });
    }
    return (await this.statusOf([goal], scope, this.threshold(actor, scope.target)))[0]!;
  }

  private assertMaySet(actor: Actor, scope: ResolvedScope): void {
    if (maySetGoal(actor, scope.target)) return;
    throw new ForbiddenError(
      scope.scope === 'chapter'
        ? "Only the chapter's committee sets its goals"
        : 'National staff set national, regional, state and industry goals',
    );
  }
}
