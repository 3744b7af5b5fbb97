import type { Knex } from 'knex';
import type {
  ForumCreate,
  ForumPatch,
  StatementCreate,
  StatementReview,
  Vote,
} from '@shopfloor/shared';
import type { AuditRepository } from '../../audit/audit.repository';
import { runsVotes, type Actor } from '../../auth/policy';
import { ConflictError, ForbiddenError, NotFoundError, StaleVersionError } from '../../http/errors';
import type { OutboxService } from '../../mail/outbox.service';
import type { MembersRepository } from '../members/members.repository';
import type { MaterialsRepository } from './materials.repository';
import { statementsMessage } from './vote-mail';
import type { VotesService } from './votes.service';

/** Forums and statements: what every member gets before voting opens, and its mailing. */
export class MaterialsService {
  constructor(
    private readonly db: Knex,
    private readonly audit: AuditRepository,
    private readonly votes: VotesService,
    private readonly repo: MaterialsRepository,
    private readonly members: MembersRepository,
    private readonly outbox: OutboxService,
  ) {}

  async forums(actor: Actor, voteId: number) {
    await this.votes.load(actor, voteId);
    return this.repo.forums([voteId]);
  }

  async addForum(actor: Actor, voteId: number, body: ForumCreate) {
    return this.db.transaction(async (trx) => {
      const vote = await this.votes.load(actor, voteId, trx);
      if (vote.state === 'closed') throw new ConflictError('This vote has closed');
      const id = await this.repo.insertForum(trx, voteId, body);
      const after = (await this.repo.forum(id, trx))!;
      await this.audit.record(trx, actor, {
        entity: 'vote_forum',
        entityId: id,
        action: 'create',
        after,
      });
      return after;
    });
  }

  async updateForum(actor: Actor, voteId: number, forumId: number, patch: ForumPatch) {
    const { version, ...values } = patch;
    return this.db.transaction(async (trx) => {
      await this.votes.load(actor, voteId, trx);
      const before = await this.repo.forum(forumId, trx);
      if (!before || before.voteId !== voteId) throw new NotFoundError('Forum');
      if (!(await this.repo.updateForum(trx, forumId, version, values)))
        throw new StaleVersionError();
      const after = (await this.repo.forum(forumId, trx))!;
      await this.audit.record(trx, actor, {
        entity: 'vote_forum',
        entityId: forumId,
        action: 'update',
        before,
        after,
      });
      return after;
    });
  }

  async statements(actor: Actor, voteId: number) {
    await this.votes.load(actor, voteId);
    return this.repo.statements([voteId], {
      approvedOnly: !runsVotes(actor),
      userId: actor.userId,
    });
  }

  /** Members in good standing (and national staff) write statements until they are sent. */
  async addStatement(actor: Actor, voteId: number, body: StatementCreate) {
    return this.db.transaction(async (trx) => {
      const vote = await this.votes.load(actor, voteId, trx);
      this.assertNotSent(vote);
      if (actor.role === 'member') {
        const id = actor.memberId ?? 0;
        const member = await this.members.get({ kind: 'member', memberId: id }, id, trx);
        if (member?.status !== 'good_standing')
          throw new ForbiddenError('Only members in good standing can submit a statement');
      }
      const id = await this.repo.insertStatement(trx, voteId, {
        side: body.side,
        en: body.text.en ?? null,
        es: body.text.es ?? null,
        authorUserId: actor.userId,
      });
      const after = (await this.repo.statement(id, actor.userId, trx))!;
      await this.audit.record(trx, actor, {
        entity: 'vote_statement',
        entityId: id,
        action: 'create',
        after,
      });
      return after;
    });
  }

  async review(actor: Actor, voteId: number, statementId: number, body: StatementReview) {
    return this.db.transaction(async (trx) => {
      this.assertNotSent(await this.votes.load(actor, voteId, trx));
      const before = await this.repo.statement(statementId, actor.userId, trx);
      if (!before || before.voteId !== voteId) throw new NotFoundError('Statement');
      const ok = await this.repo.reviewStatement(trx, statementId, body.version, {
        status: body.approved ? 'approved' : 'rejected',
        ...body.text,
        reviewerUserId: actor.userId,
      });
      if (!ok) throw new StaleVersionError();
      const after = (await this.repo.statement(statementId, actor.userId, trx))!;
      await this.audit.record(trx, actor, {
        entity: 'vote_statement',
        entityId: statementId,
        action: body.approved ? 'approve' : 'reject',
        before,
        after,
      });
      return after;
    });
  }

  /**
   * Writes one mail per member in good standing (in their language) to the outbox with the
   * forums and the approved statements, marks them sent, and starts delivery after commit.
   */
  async send(actor: Actor, voteId: number, version: number) {
    const result = await this.db.transaction(async (trx) => {
      const vote = await this.votes.load(actor, voteId, trx);
      if (vote.version !== version) throw new StaleVersionError();
      this.assertNotSent(vote);
      const [forums, approved] = await Promise.all([
        this.repo.forums([voteId], trx),
        this.repo.statements([voteId], { approvedOnly: true, userId: null }, trx),
      ]);
      const fields: Record<string, string> = {};
      for (const side of ['for', 'against'] as const)
        if (!approved.some((s) => s.side === side))
          fields[side] = `Approve a statement ${side === 'for' ? 'in favor' : 'against'} first`;
      if (forums.length < 2)
        fields.forums = 'Schedule the two member forums first: the mail lists them';
      if (Object.keys(fields).length) throw new ConflictError('Not ready to send', fields);
      const recipients = await this.members.mailingList(trx);
      for (const lang of ['en', 'es'] as const) {
        const to = recipients.filter((r) => r.language === lang);
        if (!to.length) continue;
        await this.outbox.repo.enqueue(
          trx,
          statementsMessage(vote, forums, approved, lang),
          to.map((r) => ({ memberId: r.id, to: r.email, name: r.firstName })),
        );
      }
      const updated = await this.votes.repo.update(trx, voteId, version, {
        statementsSentAt: new Date().toISOString(),
      });
      if (!updated) throw new StaleVersionError();
      const after = (await this.votes.repo.get(voteId, trx))!;
      await this.audit.record(trx, actor, {
        entity: 'vote',
        entityId: voteId,
        action: 'statements_sent',
        before: vote,
        after: { ...after, queued: recipients.length },
      });
      return { vote: after, queued: recipients.length };
    });
    this.outbox.deliverLater();
    return result;
  }

  private assertNotSent(vote: Vote) {
    if (vote.statementsSentAt || vote.state === 'open' || vote.state === 'closed')
      throw new ConflictError('The statements for this vote have already been sent to members');
  }
}
