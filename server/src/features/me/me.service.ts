import type { Knex } from 'knex';
import { normalizeEmployer, type SelfReport } from '@shopfloor/shared';
import type { AuditRepository } from '../../audit/audit.repository';
import type { Actor } from '../../auth/policy';
import { ForbiddenError, NotFoundError, ValidationError } from '../../http/errors';
import type { ChaptersRepository } from '../chapters/chapters.repository';
import { MembersRepository } from '../members/members.repository';
import { EmploymentsRepository } from '../workplaces/employments.repository';
import { placeFor, type WorkplacesService } from '../workplaces/workplaces.service';

/** A member's own record and self-report. The scope is always the member itself. */
export class MeService {
  private readonly members: MembersRepository;
  private readonly employments: EmploymentsRepository;

  constructor(
    private readonly db: Knex,
    private readonly audit: AuditRepository,
    private readonly workplaces: WorkplacesService,
    private readonly chapters: ChaptersRepository,
  ) {
    this.members = new MembersRepository(db);
    this.employments = new EmploymentsRepository(db);
  }

  private memberId(actor: Actor): number {
    if (!actor.memberId) throw new ForbiddenError('This login is not linked to a member record');
    return actor.memberId;
  }

  async get(actor: Actor) {
    const id = this.memberId(actor);
    const member = await this.members.get({ kind: 'member', memberId: id }, id);
    if (!member) throw new NotFoundError('Member');
    const [employments, chapter] = await Promise.all([
      this.employments.forMembers([id]),
      this.chapters.get(member.chapterId),
    ]);
    return {
      member,
      employments,
      chapter: { id: chapter!.id, name: chapter!.name, state: chapter!.state },
    };
  }

  async reportWorkplace(actor: Actor, body: SelfReport) {
    const id = this.memberId(actor);
    await this.db.transaction(async (trx) => {
      const before = await this.members.get({ kind: 'member', memberId: id }, id, trx);
      if (!before) throw new NotFoundError('Member');
      let workplaceId = body.workplaceId;
      if (workplaceId) {
        const wp = await this.workplaces.repo.get(workplaceId, trx);
        if (!wp || wp.chapterId !== before.chapterId)
          throw new ValidationError({
            workplaceId: { message: 'Not a workplace of your chapter', key: 'workplaceNotYours' },
          });
      } else {
        const zip = placeFor(body.zip).zip!;
        const existing = await this.workplaces.repo.findByKey(
          before.chapterId,
          normalizeEmployer(body.employer),
          zip,
          trx,
        );
        workplaceId = existing
          ? existing.id
          : (
              await this.workplaces.create(
                actor,
                before.chapterId,
                {
                  employer: body.employer,
                  siteName: body.siteName ?? null,
                  zip,
                  industry: body.industry ?? null,
                },
                trx,
                false,
              )
            ).id;
      }
      const today = new Date().toISOString().slice(0, 10);
      await this.employments.endCurrent(trx, id, today, workplaceId);
      const current = (await this.employments.forMembers([id], trx)).find(
        (e) => e.workplaceId === workplaceId && !e.endedOn,
      );
      if (!current) {
        await this.employments.insert(trx, {
          memberId: id,
          workplaceId,
          jobTitle: body.jobTitle ?? null,
          since: today,
        });
      } else if (body.jobTitle !== undefined && body.jobTitle !== current.jobTitle) {
        await this.employments.setJobTitle(trx, current.id, body.jobTitle);
      }
      const union = {
        unionMember: body.unionMember,
        unionName: body.unionName,
        unionLocal: body.unionLocal,
        unionStaff: body.unionStaff,
      };
      const changes = Object.fromEntries(Object.entries(union).filter(([, v]) => v !== undefined));
      if (Object.keys(changes).length) await this.members.update(trx, id, changes, before.version);
      const after = await this.members.get({ kind: 'member', memberId: id }, id, trx);
      await this.audit.record(trx, actor, {
        entity: 'member',
        entityId: id,
        chapterId: before.chapterId,
        action: 'self_report',
        before,
        after: { ...after, workplaceId, jobTitle: body.jobTitle ?? null },
      });
    });
    return this.get(actor);
  }
}
