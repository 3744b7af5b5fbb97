import type { Knex } from 'knex';
import type { AuditRepository } from '../../audit/audit.repository';
import type { Config } from '../../config';
import { OutboxService } from '../../mail/outbox.service';
import { MembersRepository } from '../members/members.repository';
import { PetitionsService } from '../petitions/petitions.service';
import { BallotsRepository } from './ballots.repository';
import { BallotsService } from './ballots.service';
import { MaterialsRepository } from './materials.repository';
import { MaterialsService } from './materials.service';
import { MemberVotesService } from './member-votes.service';
import { ResultsService } from './results.service';
import { VotesRepository } from './votes.repository';
import { VotesService } from './votes.service';

/** Petitions, votes, ballots and the outbox that mails members, wired together once per app. */
export function createVoteServices(db: Knex, config: Config, audit: AuditRepository) {
  const members = new MembersRepository(db);
  const materials = new MaterialsRepository(db);
  const ballotsRepo = new BallotsRepository(db);
  const outbox = new OutboxService(db, config);
  const results = new ResultsService(db, config, new VotesRepository(db), ballotsRepo);
  const votes = new VotesService(db, audit, members, materials, results);
  return {
    outbox,
    votes,
    voteResults: results,
    voteMaterials: new MaterialsService(db, audit, votes, materials, members, outbox),
    ballots: new BallotsService(db, audit, votes.repo, ballotsRepo, members),
    memberVotes: new MemberVotesService(votes.repo, ballotsRepo, materials, members),
    petitions: new PetitionsService(db, config, audit, members, votes),
  };
}
