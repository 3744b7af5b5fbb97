import type { Knex } from 'knex';
import type {
  Mentorship,
  MentorshipCreate,
  MentorshipListQuery,
  MentorshipPatch,
  MentorshipStatus,
  Page,
} from '@shopfloor/shared';
import type { AuditRepository } from '../../audit/audit.repository';
import { assertRole, directoryReaders, type Actor } from '../../auth/policy';
import {
  ForbiddenError,
  NotFoundError,
  StaleVersionError,
  ValidationError,
} from '../../http/errors';
import type { ChaptersRepository } from '../chapters/chapters.repository';
import { MentorshipsRepository, type MentorshipScope } from './mentorships.repository';
import type { ReserveRepository } from './reserve.repository';

/** proposed → active → ended, or proposed → ended; an ended mentorship stays ended. */
const next: Record<MentorshipStatus, readonly MentorshipStatus[]> = {
  proposed: ['proposed', 'active', 'ended'],
  active: ['active', 'ended'],
  ended: ['ended'],
};

/**
 * Mentorships: national staff pair a reserve organizer with a chapter or a member and follow it;
 * the chapter and the two people involved read theirs.
 */
export class MentorshipsService {
  readonly repo: MentorshipsRepository;

  constructor(
    private readonly db: Knex,
    private readonly audit: AuditRepository,
    private readonly reserve: ReserveRepository,
    private readonly chapters: ChaptersRepository,
  ) {
    this.repo = new MentorshipsRepository(db);
  }

  private scope(actor: Actor): MentorshipScope {
    if (actor.role === 'national' || actor.role === 'admin') return { kind: 'all' };
    if (actor.role === 'chapter' && actor.chapterId)
      return { kind: 'chapter', chapterId: actor.chapterId };
    if (actor.role === 'member' && actor.memberId)
      return { kind: 'member', memberId: actor.memberId };
    throw new ForbiddenError();
  }

  list(actor: Actor, q: MentorshipListQuery): Promise<Page<Mentorship>> {
    return this.repo.list(this.scope(actor), q);
  }

  async create(actor: Actor, body: MentorshipCreate): Promise<Mentorship> {
    assertRole(actor, directoryReaders);
    return this.db.transaction(async (trx) => {
      const mentor = await this.reserve.get(body.reserveId, trx);
      if (!mentor || mentor.withdrawnAt || !mentor.inGoodStanding)
        throw new ValidationError({
          reserveId: { message: 'Not an organizer listed in the reserve', key: 'notInReserve' },
        });
      let chapterId: number | null = null;
      if (body.chapterId !== undefined) {
        if (!(await this.chapters.get(body.chapterId, trx)))
          throw new ValidationError({
            chapterId: { message: 'No such chapter', key: 'noSuchChapter' },
          });
        chapterId = body.chapterId;
      }
      if (body.memberId !== undefined) {
        if (body.memberId === mentor.memberId)
          throw new ValidationError({
            memberId: {
              message: 'An organizer does not mentor themselves',
              key: 'noSelfMentoring',
            },
          });
        chapterId = null;
        if ((await this.repo.memberChapter(body.memberId, trx)) === null)
          throw new ValidationError({
            memberId: { message: 'No such member', key: 'noSuchMember' },
          });
      }
      const id = await this.repo.insert(
        trx,
        {
          reserveId: mentor.id,
          chapterId,
          memberId: body.memberId ?? null,
          notes: body.notes ?? null,
        },
        actor.userId,
      );
      const after = (await this.repo.get(id, trx))!;
      await this.audit.record(trx, actor, {
        entity: 'mentorship',
        entityId: id,
        chapterId: chapterId ?? after.menteeChapterId,
        action: 'create',
        after,
      });
      return strip(after);
    });
  }

  async update(actor: Actor, id: number, patch: MentorshipPatch): Promise<Mentorship> {
    assertRole(actor, directoryReaders);
    return this.db.transaction(async (trx) => {
      const before = await this.repo.get(id, trx);
      if (!before) throw new NotFoundError('Mentorship');
      const status = patch.status ?? before.status;
      if (!next[before.status].includes(status))
        throw new ValidationError({
          status: {
            message: `A mentorship ${before.status} cannot become ${status}`,
            key: 'mentorshipStatus',
            params: { from: before.status, to: status },
          },
        });
      const today = new Date().toISOString().slice(0, 10);
      const changed = status !== before.status;
      const ok = await this.repo.update(
        trx,
        id,
        {
          status,
          notes: patch.notes,
          startedOn: changed && status === 'active' ? today : undefined,
          endedOn: changed && status === 'ended' ? today : undefined,
        },
        patch.version,
      );
      if (!ok) throw new StaleVersionError();
      const after = (await this.repo.get(id, trx))!;
      await this.audit.record(trx, actor, {
        entity: 'mentorship',
        entityId: id,
        chapterId: before.chapter?.id ?? before.menteeChapterId,
        action: changed ? status : 'update',
        before: strip(before),
        after: strip(after),
      });
      return strip(after);
    });
  }
}

function strip(m: Mentorship & { menteeChapterId?: number | null }): Mentorship {
  const { menteeChapterId: _, ...rest } = m;
  return rest;
}
