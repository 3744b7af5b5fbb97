import type { Knex } from 'knex';
import type { Goal, GoalPatch, PodGoalCreate } from '@shopfloor/shared';
import type { AuditRepository } from '../../audit/audit.repository';
import type { Actor } from '../../auth/policy';
import { NotFoundError, StaleVersionError, ValidationError } from '../../http/errors';
import { GoalsRepository } from '../goals/goals.repository';
import type { PodGate } from './pod-gate';

/**
 * Goals set on a pod: rows of the general goals table with scope 'pod'. Its committee and its
 * coordinators set them (policy: maySetGoal).
 */
export class PodGoalsService {
  private readonly goals: GoalsRepository;

  constructor(
    private readonly db: Knex,
    private readonly audit: AuditRepository,
    private readonly gate: PodGate,
  ) {
    this.goals = new GoalsRepository(db);
  }

  async create(actor: Actor, podId: number, body: PodGoalCreate): Promise<Goal> {
    return this.db.transaction(async (trx) => {
      const { pod } = await this.gate.load(actor, podId, 'coordinate', trx);
      const id = await this.goals.insert(trx, {
        ...body,
        startsOn: body.startsOn ?? new Date().toISOString().slice(0, 10),
        scope: 'pod',
        scopeRef: String(podId),
        createdBy: actor.userId,
      });
      const after = (await this.goals.get(id, trx))!;
      await this.audit.record(trx, actor, {
        entity: 'goal',
        entityId: id,
        chapterId: pod.chapterId,
        action: 'create',
        after,
      });
      return after;
    });
  }

  async update(actor: Actor, podId: number, goalId: number, patch: GoalPatch): Promise<Goal> {
    const { version, ...values } = patch;
    return this.db.transaction(async (trx) => {
      const { pod } = await this.gate.load(actor, podId, 'coordinate', trx);
      const before = await this.goals.get(goalId, trx);
      if (!before || before.scope !== 'pod' || before.scopeRef !== String(podId))
        throw new NotFoundError('Goal');
      const startsOn = values.startsOn !== undefined ? values.startsOn : before.startsOn;
      if (startsOn && startsOn > (values.dueOn ?? before.dueOn))
        throw new ValidationError({
          startsOn: { message: 'The start must not be after the due date', key: 'startAfterDue' },
        });
      if (!(await this.goals.update(trx, goalId, values, version))) throw new StaleVersionError();
      const after = (await this.goals.get(goalId, trx))!;
      await this.audit.record(trx, actor, {
        entity: 'goal',
        entityId: goalId,
        chapterId: pod.chapterId,
        action: 'update',
        before,
        after,
      });
      return after;
    });
  }
}
