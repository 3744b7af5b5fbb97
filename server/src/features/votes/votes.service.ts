import type { Knex } from 'knex';
import type { Petition, Vote, VoteCreate, VoteListQuery, VoteStateChange } from '@shopfloor/shared';
import type { AuditRepository } from '../../audit/audit.repository';
import { runsVotes, type Actor } from '../../auth/policy';
import {
  ConflictError,
  NotFoundError,
  StaleVersionError,
  ValidationError,
} from '../../http/errors';
import type { MembersRepository } from '../members/members.repository';
import type { MaterialsRepository } from './materials.repository';
import type { ResultsService } from './results.service';
import { VotesRepository, type VoteValues } from './votes.repository';

const previous = { scheduled: 'draft', open: 'scheduled', closed: 'open' } as const;
export const FORUMS_BEFORE_OPENING = 2;

/** Votes: calling them, and moving them from draft to scheduled, open (roll frozen) and closed. */
export class VotesService {
  readonly repo: VotesRepository;

  constructor(
    private readonly db: Knex,
    private readonly audit: AuditRepository,
    private readonly members: MembersRepository,
    private readonly materials: MaterialsRepository,
    private readonly results: ResultsService,
  ) {
    this.repo = new VotesRepository(db);
  }

  list(actor: Actor, q: VoteListQuery) {
    return this.repo.list(q, runsVotes(actor));
  }

  /** A vote the actor may see: drafts only to the staff who run votes. */
  async load(actor: Actor, id: number, trx?: Knex.Transaction): Promise<Vote> {
    const vote = await this.repo.get(id, trx);
    if (!vote || (vote.state === 'draft' && !runsVotes(actor))) throw new NotFoundError('Vote');
    return vote;
  }

  async get(actor: Actor, id: number) {
    const vote = await this.load(actor, id);
    const [forums, statements] = await Promise.all([
      this.materials.forums([id]),
      this.materials.statements([id], { approvedOnly: !runsVotes(actor), userId: actor.userId }),
    ]);
    return { ...vote, forums, statements };
  }

  async create(actor: Actor, body: VoteCreate): Promise<Vote> {
    return this.db.transaction(async (trx) => {
      const id = await this.repo.insert(trx, {
        kind: body.kind,
        titleEn: body.title.en ?? null,
        titleEs: body.title.es ?? null,
        questionEn: body.question.en ?? null,
        questionEs: body.question.es ?? null,
        seats: body.kind === 'leadership' ? (body.seats ?? 1) : null,
        candidates: (body.candidates ?? []).map((c, i) => ({ id: i + 1, name: c.name })),
        calledByUserId: actor.userId,
        opensOn: body.opensOn ?? null,
        closesOn: body.closesOn ?? null,
      });
      return this.recorded(trx, actor, id, 'create');
    });
  }

  /** The advisory vote a qualifying petition calls, in the petition's language, as a draft. */
  async createFromPetition(trx: Knex.Transaction, actor: Actor, petition: Petition) {
    const es = petition.language === 'es';
    const id = await this.repo.insert(trx, {
      kind: 'members_decide',
      titleEn: es ? null : petition.title,
      titleEs: es ? petition.title : null,
      questionEn: es ? null : petition.question,
      questionEs: es ? petition.question : null,
      petitionId: petition.id,
    });
    return this.recorded(trx, actor, id, 'create', { petitionId: petition.id });
  }

  async changeState(actor: Actor, id: number, change: VoteStateChange): Promise<Vote> {
    return this.db.transaction(async (trx) => {
      const before = await this.load(actor, id, trx);
      if (before.version !== change.version) throw new StaleVersionError();
      if (before.state !== previous[change.state])
        throw new ConflictError(`A ${before.state} vote cannot become ${change.state}`, {
          state: `Only a ${previous[change.state]} vote can become ${change.state}`,
        });
      const now = new Date().toISOString();
      const values: VoteValues = { state: change.state };
      if (change.state === 'scheduled') {
        values.opensOn = change.opensOn ?? before.opensOn;
        values.closesOn = change.closesOn ?? before.closesOn;
        if (!values.opensOn || !values.closesOn)
          throw new ValidationError({
            opensOn: { message: 'Set the dates voting opens and closes', key: 'votingDates' },
          });
        if (values.opensOn > values.closesOn)
          throw new ValidationError({
            closesOn: { message: 'Voting closes before it opens', key: 'closesBeforeOpens' },
          });
      }
      if (change.state === 'open') {
        await this.assertReadyToOpen(trx, before);
        values.openedAt = now;
      }
      if (change.state === 'closed') values.closedAt = now;
      // This update takes the vote's row lock: ballots in flight commit first, later ones are refused.
      if (!(await this.repo.update(trx, id, change.version, values))) throw new StaleVersionError();
      let extra: Record<string, unknown> = {};
      if (change.state === 'open') {
        extra = { rollSize: await this.repo.freezeRoll(trx, id, this.members.rollSource(trx)) };
      }
      if (change.state === 'closed') {
        const results = await this.results.freeze(trx, { ...before, closedAt: now });
        extra = { ballotsCast: results.ballotsCast, participation: results.participation };
      }
      return this.recorded(trx, actor, id, `state_${change.state}`, extra, before);
    });
  }

  /** Two member forums scheduled and the approved statements sent to every member (seeds/002). */
  private async assertReadyToOpen(trx: Knex.Transaction, vote: Vote) {
    const fields: Record<string, string> = {};
    const forums = await this.materials.forums([vote.id], trx);
    if (forums.length < FORUMS_BEFORE_OPENING)
      fields.forums = `Schedule ${FORUMS_BEFORE_OPENING} member forums before voting opens (${forums.length} so far)`;
    if (!vote.statementsSentAt)
      fields.statements = 'Send the approved statements for and against to every member first';
    if (Object.keys(fields).length)
      throw new ConflictError('This vote is not ready to open', fields);
  }

  private async recorded(
    trx: Knex.Transaction,
    actor: Actor,
    id: number,
    action: string,
    extra: Record<string, unknown> = {},
    before?: Vote,
  ): Promise<Vote> {
    const after = (await this.repo.get(id, trx))!;
    await this.audit.record(trx, actor, {
      entity: 'vote',
      entityId: id,
      action,
      before,
      after: { ...after, ...extra },
    });
    return after;
  }
}
