import type { Knex } from 'knex';
import { podAccess, suppressionThresholdFor, type Actor, type PodAccess } from '../../auth/policy';
import { ForbiddenError, NotFoundError } from '../../http/errors';
import type { PodRow, PodsRepository } from './pods.repository';

const rank: Record<PodAccess, number> = { none: 0, read: 1, coordinate: 2, manage: 3 };

/**
 * Loads a pod with what the actor may do with it (the rules are the policy module's). A pod the
 * actor may not read is not confirmed to exist (404); one it may read but not change is 403.
 */
export class PodGate {
  constructor(
    private readonly pods: PodsRepository,
    private readonly suppressionThreshold: number,
  ) {}

  /**
   * The suppression threshold for a pod's counts: none for those who see its members as people
   * (its committee, its coordinators, admins); the configured one for everyone else.
   */
  threshold(actor: Actor, access: PodAccess): number | null {
    const people = actor.role !== 'national' && (access === 'manage' || access === 'coordinate');
    return people ? null : suppressionThresholdFor(actor, this.suppressionThreshold);
  }

  async load(
    actor: Actor,
    id: number,
    needs: Exclude<PodAccess, 'none'> = 'read',
    trx?: Knex.Transaction,
  ): Promise<{ pod: PodRow; access: Exclude<PodAccess, 'none'> }> {
    const pod = await this.pods.get(id, trx);
    if (!pod) throw new NotFoundError('Pod');
    const isMember =
      actor.role === 'member' && actor.memberId !== null
        ? await this.pods.isMember(id, actor.memberId, trx)
        : false;
    const access = podAccess(actor, pod, isMember);
    if (access === 'none') throw new NotFoundError('Pod');
    if (rank[access] < rank[needs])
      throw new ForbiddenError(
        needs === 'manage'
          ? "Only the pod's chapter committee (or national staff, for region and nation pods) may change it"
          : "Only the pod's coordinators and its committee may do this",
      );
    return { pod, access };
  }
}
