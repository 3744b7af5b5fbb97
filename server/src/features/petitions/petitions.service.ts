import type { Knex } from 'knex';
import type { Petition, PetitionCreate, PetitionListQuery } from '@shopfloor/shared';
import type { AuditRepository } from '../../audit/audit.repository';
import { memberIdOf, type Actor } from '../../auth/policy';
import type { Config } from '../../config';
import { isUniqueViolation } from '../../http/error-handler';
import { ConflictError, ForbiddenError, NotFoundError } from '../../http/errors';
import type { MembersRepository } from '../members/members.repository';
import type { VotesService } from '../votes/votes.service';
import { PetitionsRepository } from './petitions.repository';

const alreadySigned = () => new ConflictError('You have already signed this petition');

/** Members Decide: a petition signed by 5% of members in good standing calls an advisory vote. */
export class PetitionsService {
  readonly repo: PetitionsRepository;

  constructor(
    private readonly db: Knex,
    private readonly config: Config,
    private readonly audit: AuditRepository,
    private readonly members: MembersRepository,
    private readonly votes: VotesService,
  ) {
    this.repo = new PetitionsRepository(db);
  }

  list(actor: Actor, q: PetitionListQuery) {
    return this.repo.list(q, actor.role === 'member' ? actor.memberId : null);
  }

  private async memberInGoodStanding(actor: Actor, trx: Knex.Transaction) {
    const memberId = memberIdOf(actor);
    const member = await this.members.get({ kind: 'member', memberId }, memberId, trx);
    if (member?.status !== 'good_standing')
      throw new ForbiddenError('Only members in good standing can open or sign a petition');
    return member;
  }

  /** Counts the members in good standing now: the threshold is fixed from the day it opens. */
  async create(actor: Actor, body: PetitionCreate): Promise<Petition> {
    return this.db.transaction(async (trx) => {
      const member = await this.memberInGoodStanding(actor, trx);
      const base = await this.members.countInGoodStanding(trx);
      const percent = this.config.petitionThresholdPercent;
      const id = await this.repo.insert(trx, {
        title: body.title,
        question: body.question,
        language: body.language ?? member.preferredLanguage,
        openedByMemberId: member.id,
        membersInGoodStanding: base,
        thresholdPercent: percent,
        threshold: Math.max(1, Math.ceil((base * percent) / 100)),
      });
      const after = (await this.repo.get(id, member.id, trx))!;
      await this.audit.record(trx, actor, {
        entity: 'petition',
        entityId: id,
        action: 'create',
        after,
      });
      return after;
    });
  }

  /** One signature per member; the one that reaches the threshold qualifies it and calls the vote. */
  async sign(actor: Actor, id: number): Promise<Petition> {
    return this.db.transaction(async (trx) => {
      const member = await this.memberInGoodStanding(actor, trx);
      const petition = await this.repo.get(id, member.id, trx);
      if (!petition) throw new NotFoundError('Petition');
      const count = await this.repo.countSignature(trx, id);
      if (count === null)
        throw new ConflictError('This petition has qualified and is closed to signatures');
      if (await this.repo.hasSigned(trx, id, member.id)) throw alreadySigned();
      try {
        await this.repo.insertSignature(trx, id, member.id);
      } catch (err) {
        if (isUniqueViolation(err)) throw alreadySigned();
        throw err;
      }
      await this.audit.record(trx, actor, {
        entity: 'petition',
        entityId: id,
        action: 'sign',
        after: { petitionId: id, memberId: member.id, signatures: count },
      });
      if (count >= petition.threshold) {
        await this.repo.qualify(trx, id);
        const vote = await this.votes.createFromPetition(trx, actor, petition);
        await this.audit.record(trx, actor, {
          entity: 'petition',
          entityId: id,
          action: 'qualify',
          before: petition,
          after: { ...petition, state: 'qualified', signatures: count, voteId: vote.id },
        });
      }
      return (await this.repo.get(id, member.id, trx))!;
    });
  }
}
