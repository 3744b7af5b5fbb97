import type { Knex } from 'knex';
import { stateByCode, type PodCoordinator } from '@shopfloor/shared';
import type { AuditRepository } from '../../audit/audit.repository';
import { UsersRepository } from '../../auth/users.repository';
import { mayChangePodMembers, memberScope, type Actor, type PodRef } from '../../auth/policy';
import { ForbiddenError, NotFoundError, ValidationError } from '../../http/errors';
import { ChaptersRepository } from '../chapters/chapters.repository';
import { MembersRepository } from '../members/members.repository';
import type { PodGate } from './pod-gate';
import type { PodRow, PodsRepository } from './pods.repository';

/** Who is in a pod and who coordinates it. */
export class PodRosterService {
  private readonly members: MembersRepository;
  private readonly users: UsersRepository;

  constructor(
    private readonly db: Knex,
    private readonly audit: AuditRepository,
    private readonly pods: PodsRepository,
    private readonly gate: PodGate,
  ) {
    this.members = new MembersRepository(db);
    this.users = new UsersRepository(db);
  }

  /** The member, if the actor may see it, and whether its chapter lies within the pod's reach. */
  private async podMember(trx: Knex.Transaction, actor: Actor, pod: PodRow, memberId: number) {
    if (!mayChangePodMembers(actor, pod))
      throw new ForbiddenError("Only the pod's chapter committee changes who is in it");
    const member = await this.members.get(memberScope(actor), memberId, trx);
    if (!member) throw new NotFoundError('Member');
    if (pod.chapterId !== null && member.chapterId !== pod.chapterId)
      throw new ValidationError({
        memberId: { message: "Not a member of the pod's chapter", key: 'notPodChapterMember' },
      });
    if (pod.scope === 'region') {
      const chapter = await new ChaptersRepository(trx).get(member.chapterId, trx);
      if (stateByCode.get(chapter?.state ?? '')?.region !== pod.region)
        throw new ValidationError({
          memberId: {
            message: `Not a member of a chapter in the ${pod.region}`,
            key: 'notRegionMember',
            params: { region: pod.region },
          },
        });
    }
    return member;
  }

  async putMember(actor: Actor, podId: number, memberId: number) {
    return this.db.transaction(async (trx) => {
      const { pod } = await this.gate.load(actor, podId, 'read', trx);
      await this.podMember(trx, actor, pod, memberId);
      if (await this.pods.isMember(podId, memberId, trx)) return { podId, memberId, added: false };
      await this.pods.addMember(trx, podId, memberId);
      await this.audit.record(trx, actor, {
        entity: 'pod',
        entityId: podId,
        chapterId: pod.chapterId,
        action: 'add_member',
        after: { memberId },
      });
      return { podId, memberId, added: true };
    });
  }

  async removeMember(actor: Actor, podId: number, memberId: number): Promise<void> {
    await this.db.transaction(async (trx) => {
      const { pod } = await this.gate.load(actor, podId, 'read', trx);
      await this.podMember(trx, actor, pod, memberId);
      if (!(await this.pods.removeMember(trx, podId, memberId)))
        throw new NotFoundError('Pod member');
      await this.audit.record(trx, actor, {
        entity: 'pod',
        entityId: podId,
        chapterId: pod.chapterId,
        action: 'remove_member',
        before: { memberId },
      });
    });
  }

  /** Adds a coordinator inside a transaction, after checking it is an organizer who may. */
  async addCoordinatorIn(trx: Knex.Transaction, pod: PodRef, userId: number, field = 'userId') {
    const user = await this.users.findById(userId, trx);
    if (!user || user.disabled)
      throw new ValidationError({
        [field]: {
          message: `No user ${userId}`,
          key: 'noSuchUser',
          params: { user: String(userId) },
        },
      });
    if (user.role !== 'organizer')
      throw new ValidationError({
        [field]: {
          message: `User ${userId} is a ${user.role}, not an organizer: only organizers coordinate pods`,
          key: 'notOrganizer',
          params: { user: String(userId), role: user.role },
        },
      });
    if (pod.chapterId !== null && user.chapterId !== null && user.chapterId !== pod.chapterId)
      throw new ValidationError({
        [field]: {
          message: `User ${userId} organizes in another chapter`,
          key: 'organizesElsewhere',
          params: { user: String(userId) },
        },
      });
    return this.pods.addCoordinator(trx, pod.id, userId);
  }

  async putCoordinator(actor: Actor, podId: number, userId: number): Promise<PodCoordinator[]> {
    await this.db.transaction(async (trx) => {
      const { pod } = await this.gate.load(actor, podId, 'manage', trx);
      if (!(await this.addCoordinatorIn(trx, pod, userId))) return;
      await this.audit.record(trx, actor, {
        entity: 'pod',
        entityId: podId,
        chapterId: pod.chapterId,
        action: 'add_coordinator',
        after: { userId },
      });
    });
    return this.pods.coordinators(podId);
  }

  async removeCoordinator(actor: Actor, podId: number, userId: number) {
    await this.db.transaction(async (trx) => {
      const { pod } = await this.gate.load(actor, podId, 'manage', trx);
      if (!(await this.pods.removeCoordinator(trx, podId, userId)))
        throw new NotFoundError('Coordinator');
      await this.audit.record(trx, actor, {
        entity: 'pod',
        entityId: podId,
        chapterId: pod.chapterId,
        action: 'remove_coordinator',
        before: { userId },
      });
    });
    return this.pods.coordinators(podId);
  }
}
