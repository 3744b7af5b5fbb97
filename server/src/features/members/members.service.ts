import { readerOf } from '@shopfloor/db';
import type { Knex } from 'knex';
import type {
  EmploymentCreate,
  Member,
  MemberCreate,
  MemberListQuery,
  MemberPatch,
  MemberWithWork,
} from '@shopfloor/shared';
import type { AuditRepository } from '../../audit/audit.repository';
import { assertManagesChapter, memberScope, type Actor } from '../../auth/policy';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  StaleVersionError,
  ValidationError,
} from '../../http/errors';
import { EmploymentsRepository } from '../workplaces/employments.repository';
import { WorkplacesRepository } from '../workplaces/workplaces.repository';
import { MembersRepository } from './members.repository';

const today = () => new Date().toISOString().slice(0, 10);

export class MembersService {
  readonly repo: MembersRepository;
  private readonly employments: EmploymentsRepository;
  private readonly workplaces: WorkplacesRepository;

  constructor(
    private readonly db: Knex,
    private readonly audit: AuditRepository,
    /** Told after a committed change that moves a workplace on the map. */
    private readonly onChange: () => void = () => {},
  ) {
    this.repo = new MembersRepository(db);
    this.employments = new EmploymentsRepository(db);
    this.workplaces = new WorkplacesRepository(db);
  }

  async list(actor: Actor, chapterId: number, q: MemberListQuery) {
    assertManagesChapter(actor, chapterId);
    return this.repo.list(memberScope(actor), chapterId, q);
  }

  /** A member in the actor's scope, or 404: another chapter's member is not confirmed to exist. */
  private async load(actor: Actor, id: number, trx?: Knex | Knex.Transaction): Promise<Member> {
    const m = await this.repo.get(memberScope(actor), id, trx);
    if (!m) throw new NotFoundError('Member');
    return m;
  }

  async get(
    actor: Actor,
    id: number,
  ): Promise<
    MemberWithWork & { history: Awaited<ReturnType<MembersRepository['statusHistory']>> }
  > {
    const m = await this.load(actor, id);
    const [employments, history] = await Promise.all([
      this.employments.forMembers([id]),
      this.repo.statusHistory(id),
    ]);
    return { ...m, employments, history };
  }

  private async assertAkIdFree(
    trx: Knex.Transaction,
    akId: string | null | undefined,
    exceptId?: number,
  ) {
    if (!akId) return;
    const clash = await this.repo.findIdByAkId(trx, akId);
    if (clash && clash !== exceptId)
      throw new ConflictError('Another member already has this AK_ID', { akId: 'already used' });
  }

  async create(actor: Actor, chapterId: number, body: MemberCreate): Promise<Member> {
    assertManagesChapter(actor, chapterId);
    return this.db.transaction(async (trx) => {
      await this.assertAkIdFree(trx, body.akId);
      const values = {
        preferredLanguage: 'en' as const,
        status: 'good_standing' as const,
        unionMember: false,
        unionStaff: false,
        organizingStatus: 'not_started' as const,
        ...body,
      };
      const id = await this.repo.insert(trx, chapterId, values);
      if (values.organizingStatus !== 'not_started') {
        await this.repo.recordStatusChange(trx, [
          { memberId: id, from: null, to: values.organizingStatus, by: actor.userId },
        ]);
      }
      const after = (await this.repo.get({ kind: 'all' }, id, trx))!;
      await this.audit.record(trx, actor, {
        entity: 'member',
        entityId: id,
        chapterId,
        action: 'create',
        after,
      });
      return after;
    });
  }

  async update(actor: Actor, id: number, patch: MemberPatch): Promise<Member> {
    const { version, ...values } = patch;
    // Read before the write transaction, on a reader: the update below applies only if the row
    // still has this version, so `before` is exactly what it replaced.
    const before = await this.load(actor, id, readerOf(this.db));
    // An organizer reached this member through its pods (the scope); it moves the status only.
    if (actor.role === 'organizer') {
      const other = Object.keys(values).filter((k) => k !== 'organizingStatus');
      if (other.length)
        throw new ForbiddenError(
          `Organizers change only organizingStatus, not ${other.join(', ')}`,
        );
    } else if (actor.role !== 'member') assertManagesChapter(actor, before.chapterId, 'not_found');
    if (before.version !== version) throw new StaleVersionError();
    return this.db.transaction(async (trx) => {
      await this.assertAkIdFree(trx, values.akId, id);
      const after = await this.repo.update(trx, id, values, version);
      if (!after) throw new StaleVersionError();
      if (values.organizingStatus && values.organizingStatus !== before.organizingStatus) {
        await this.repo.recordStatusChange(trx, [
          {
            memberId: id,
            from: before.organizingStatus,
            to: values.organizingStatus,
            by: actor.userId,
          },
        ]);
      }
      await this.audit.record(trx, actor, {
        entity: 'member',
        entityId: id,
        chapterId: before.chapterId,
        action: 'update',
        before,
        after,
      });
      return after;
    });
  }

  async remove(actor: Actor, id: number, version: number | undefined): Promise<void> {
    await this.db.transaction(async (trx) => {
      const before = await this.load(actor, id, trx);
      assertManagesChapter(actor, before.chapterId, 'not_found');
      if (version !== undefined && version !== before.version) throw new StaleVersionError();
      await this.repo.delete(trx, id);
      await this.audit.record(trx, actor, {
        entity: 'member',
        entityId: id,
        chapterId: before.chapterId,
        action: 'delete',
        before,
      });
    });
  }

  async addEmployment(actor: Actor, memberId: number, body: EmploymentCreate) {
    const added = await this.db.transaction(async (trx) => {
      const m = await this.load(actor, memberId, trx);
      assertManagesChapter(actor, m.chapterId, 'not_found');
      const wp = await this.workplaces.get(body.workplaceId, trx);
      if (!wp || wp.chapterId !== m.chapterId)
        throw new ValidationError({
          workplaceId: {
            message: "Not a workplace of this member's chapter",
            key: 'workplaceNotMembers',
          },
        });
      const id = await this.employments.insert(trx, { memberId, ...body });
      const after = await this.employments.get(id, trx);
      await this.audit.record(trx, actor, {
        entity: 'employment',
        entityId: id,
        chapterId: m.chapterId,
        action: 'create',
        after,
      });
      return after!;
    });
    this.onChange();
    return added;
  }

  async endEmployment(actor: Actor, employmentId: number) {
    await this.db.transaction(async (trx) => {
      const before = await this.employments.get(employmentId, trx);
      if (!before) throw new NotFoundError('Employment');
      const m = await this.load(actor, before.memberId, trx);
      assertManagesChapter(actor, m.chapterId, 'not_found');
      await this.employments.end(trx, employmentId, today());
      await this.audit.record(trx, actor, {
        entity: 'employment',
        entityId: employmentId,
        chapterId: m.chapterId,
        action: 'end',
        before,
      });
    });
    this.onChange();
  }
}
