import type { Knex } from 'knex';
import {
  suppressCount,
  type Pod,
  type PodCreate,
  type PodDetail,
  type PodListQuery,
  type PodPatch,
  type PodProgressQuery,
} from '@shopfloor/shared';
import type { AuditRepository } from '../../audit/audit.repository';
import { memberScope, podAccess, type Actor, type PodAccess } from '../../auth/policy';
import type { Config } from '../../config';
import { StaleVersionError } from '../../http/errors';
import { MembersRepository } from '../members/members.repository';
import { PodGate } from './pod-gate';
import { PodGoalsService } from './pod-goals.service';
import { PodMeetingsService } from './pod-meetings.service';
import { PodProgressService } from './pod-progress.service';
import { workplaceSummaries } from './pod-workplaces';
import { resolvePodPlace } from './pod-place';
import { PodsRepository, type PodListScope, type PodRow } from './pods.repository';
import { PodRosterService } from './pod-roster.service';

/**
 * Pods: who sees which, their pages, creation, edits and progress; members and coordinators
 * (roster), meetings and goals in the services beside it.
 */
export class PodsService {
  readonly repo: PodsRepository;
  readonly gate: PodGate;
  readonly roster: PodRosterService;
  readonly meetings: PodMeetingsService;
  readonly goals: PodGoalsService;
  private readonly members: MembersRepository;
  private readonly progressService: PodProgressService;

  constructor(
    private readonly db: Knex,
    config: Config,
    private readonly audit: AuditRepository,
  ) {
    this.repo = new PodsRepository(db);
    this.gate = new PodGate(this.repo, config.suppressionThreshold);
    this.members = new MembersRepository(db);
    this.progressService = new PodProgressService(db);
    this.roster = new PodRosterService(db, audit, this.repo, this.gate);
    this.meetings = new PodMeetingsService(db, audit, this.repo, this.gate);
    this.goals = new PodGoalsService(db, audit, this.gate);
  }

  private toPod(actor: Actor, p: PodRow, access: PodAccess): Pod {
    const t = this.gate.threshold(actor, access);
    return { ...p, memberCount: t === null ? p.memberCount : suppressCount(p.memberCount, t) };
  }

  private listScope(actor: Actor): PodListScope {
    switch (actor.role) {
      case 'admin':
      case 'national':
        return { kind: 'all' };
      case 'chapter':
        return actor.chapterId
          ? { kind: 'chapter', chapterId: actor.chapterId }
          : { kind: 'pods', podIds: [] };
      case 'organizer':
        return { kind: 'pods', podIds: actor.podIds ?? [] };
      case 'member':
        return actor.memberId
          ? { kind: 'member', memberId: actor.memberId }
          : { kind: 'pods', podIds: [] };
    }
  }

  async list(actor: Actor, q: PodListQuery) {
    const { rows, nextCursor } = await this.repo.list(this.listScope(actor), q);
    // A member's list holds only its own pods.
    const access = (p: PodRow) => podAccess(actor, p, true);
    return { items: rows.map((p) => this.toPod(actor, p, access(p))), nextCursor };
  }

  async get(actor: Actor, id: number): Promise<PodDetail> {
    const { pod, access } = await this.gate.load(actor, id);
    const scope = memberScope(actor);
    const threshold = this.gate.threshold(actor, access);
    const [coordinators, goals, roster] = await Promise.all([
      this.repo.coordinators(id),
      this.progressService.goalsOf(id, threshold),
      scope.kind === 'none' ? null : this.members.podRoster(scope, id),
    ]);
    const detail: PodDetail = { ...this.toPod(actor, pod, access), access, coordinators, goals };
    if (!roster) return detail;
    const atWork = new Map<number, number>();
    for (const m of roster) for (const w of m.workplaceIds) atWork.set(w, (atWork.get(w) ?? 0) + 1);
    const ids = [...atWork.keys(), ...(pod.workplaceId ? [pod.workplaceId] : [])];
    // A member sees itself in its pod, not the campaigns (maybe confidential) at its workplace.
    const workplaces =
      actor.role === 'member' ? null : await workplaceSummaries(this.db, [...new Set(ids)]);
    return {
      ...detail,
      ...(workplaces && {
        workplaces: workplaces.map((w) => ({ ...w, members: atWork.get(w.id) ?? 0 })),
      }),
      members: roster.map((m) => ({
        id: m.id,
        chapterId: m.chapterId,
        firstName: m.firstName,
        lastName: m.lastName,
        organizingStatus: m.organizingStatus,
        mapped: m.workplaceIds.length > 0,
        version: m.version,
      })),
    };
  }

  async create(actor: Actor, body: PodCreate): Promise<PodDetail> {
    const id = await this.db.transaction(async (trx) => {
      const place = await resolvePodPlace(trx, actor, body);
      const id = await this.repo.insert(trx, {
        name: body.name,
        description: body.description ?? null,
        ...place,
      });
      for (const userId of new Set(body.coordinatorIds ?? []))
        await this.roster.addCoordinatorIn(
          trx,
          { id, chapterId: place.chapterId },
          userId,
          'coordinatorIds',
        );
      const after = await this.repo.get(id, trx);
      await this.audit.record(trx, actor, {
        entity: 'pod',
        entityId: id,
        chapterId: place.chapterId,
        action: 'create',
        after: { ...after, coordinatorIds: body.coordinatorIds ?? [] },
      });
      return id;
    });
    return this.get(actor, id);
  }

  async update(actor: Actor, id: number, patch: PodPatch): Promise<PodDetail> {
    const { version, ...values } = patch;
    await this.db.transaction(async (trx) => {
      const { pod: before } = await this.gate.load(actor, id, 'manage', trx);
      if (!(await this.repo.update(trx, id, values, version))) throw new StaleVersionError();
      await this.audit.record(trx, actor, {
        entity: 'pod',
        entityId: id,
        chapterId: before.chapterId,
        action: 'update',
        before,
        after: await this.repo.get(id, trx),
      });
    });
    return this.get(actor, id);
  }

  async progress(actor: Actor, id: number, q: PodProgressQuery) {
    const { access } = await this.gate.load(actor, id);
    return this.progressService.progress(id, q, this.gate.threshold(actor, access));
  }
}
