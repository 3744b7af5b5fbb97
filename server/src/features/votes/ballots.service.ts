import type { Knex } from 'knex';
import { readerOf } from '@shopfloor/db';
import { votingEndsAt, type BallotBody, type ParticipationImportResult } from '@shopfloor/shared';
import type { AuditRepository } from '../../audit/audit.repository';
import { memberIdOf, type Actor } from '../../auth/policy';
import { isUniqueViolation } from '../../http/error-handler';
import { ConflictError, ForbiddenError, NotFoundError } from '../../http/errors';
import type { MembersRepository } from '../members/members.repository';
import { readRosterFile } from '../imports/roster-file';
import { newReceipt, readBallot, receiptHash } from './ballot-rules';
import type { BallotsRepository } from './ballots.repository';
import { matchParticipants } from './participation-import';
import type { VotesRepository } from './votes.repository';

const alreadyVoted = () => new ConflictError('You have already voted in this vote');

/** Casting secret ballots, and recording participation in a vote run elsewhere. */
export class BallotsService {
  constructor(
    private readonly db: Knex,
    private readonly audit: AuditRepository,
    private readonly votes: VotesRepository,
    private readonly ballots: BallotsRepository,
    private readonly members: MembersRepository,
  ) {}

  /**
   * One transaction writes who voted and, separately, what was voted. The audit records the
   * participation only; the receipt goes back to the voter and only its hash is kept.
   */
  async cast(actor: Actor, voteId: number, body: BallotBody) {
    const memberId = memberIdOf(actor);
    const receipt = newReceipt();
    const hash = receiptHash(receipt);
    // Checked before the write transaction, on a reader: an open vote's ballot form and its roll
    // (frozen at opening) no longer change, and the transaction re-checks that it is still open.
    const reader = readerOf(this.db);
    const vote = await this.votes.get(voteId, reader);
    if (!vote || vote.state === 'draft') throw new NotFoundError('Vote');
    if (vote.state !== 'open')
      throw new ConflictError(
        vote.state === 'closed' ? 'This vote has closed' : 'Voting has not opened yet',
      );
    if (!(await this.votes.onRoll(voteId, [memberId], reader)).size)
      throw new ForbiddenError(
        'You are not on the roll of this vote: it froze with the members in good standing when voting opened',
      );
    if (vote.closesOn && Date.now() >= votingEndsAt(vote.closesOn).getTime())
      throw new ConflictError(`Voting closed at the end of ${vote.closesOn}`);
    const choices = readBallot(vote, body);
    if (await this.ballots.hasVoted(voteId, memberId, reader)) throw alreadyVoted();
    await this.db.transaction(async (trx) => {
      if (!(await this.votes.admitBallot(trx, voteId)))
        throw new ConflictError('This vote has closed');
      // A second ballot racing this one is refused here, by the primary key.
      try {
        await this.ballots.recordParticipation(trx, voteId, [memberId], 'online');
      } catch (err) {
        if (isUniqueViolation(err)) throw alreadyVoted();
        throw err;
      }
      await this.ballots.insertBallot(trx, voteId, choices, hash);
      await this.audit.record(trx, actor, {
        entity: 'vote_participation',
        entityId: voteId,
        action: 'voted',
        after: { voteId, memberId, source: 'online' },
      });
    });
    return { receipt, receiptHash: hash };
  }

  /**
   * Participation from a vote run elsewhere (a CSV of member ids or emails): turnout only, no
   * ballots. All of it or nothing, unless asked to skip the rejected lines.
   */
  async importParticipation(
    actor: Actor,
    voteId: number,
    body: unknown,
    skipRejected: boolean,
  ): Promise<ParticipationImportResult> {
    const file = readRosterFile(body);
    return this.db.transaction(async (trx) => {
      const vote = await this.votes.get(voteId, trx);
      if (!vote) throw new NotFoundError('Vote');
      if (vote.state !== 'open' && vote.state !== 'closed')
        throw new ConflictError(
          'Participation is recorded once the roll froze, when the vote opened',
        );
      const matched = await matchParticipants(file, {
        byEmail: (emails) => this.members.idsByEmail(emails, trx),
        onRoll: (ids) => this.votes.onRoll(voteId, ids, trx),
        tookPart: (ids) => this.ballots.alreadyTookPart(voteId, ids, trx),
      });
      const result = {
        recorded: matched.memberIds.length,
        alreadyRecorded: matched.alreadyRecorded,
        rejected: matched.rejected,
      };
      if (matched.rejected.length && !skipRejected)
        return { ...result, committed: false, recorded: 0 };
      if (matched.memberIds.length) {
        await this.ballots.recordParticipation(trx, voteId, matched.memberIds, 'import');
        await this.audit.record(trx, actor, {
          entity: 'vote_participation',
          entityId: voteId,
          action: 'import',
          after: { voteId, source: 'import', memberIds: matched.memberIds },
        });
      }
      return { ...result, committed: true };
    });
  }
}
