import {
  ballotBody,
  ballotReceipt,
  participationImportQuery,
  participationImportResult,
} from '@shopfloor/shared';
import { voteRunners } from '../../auth/policy';
import { idParams, route } from '../../http/route';

export const ballotRoutes = [
  route({
    method: 'post',
    path: '/api/votes/:id/ballots',
    summary:
      'Cast your secret ballot (members on the roll, once): returns a receipt whose SHA-256 is published with the results',
    tag: 'votes',
    access: ['member'],
    params: idParams,
    body: ballotBody,
    response: ballotReceipt,
    status: 201,
    handler: ({ services, actor, params, body }) => services.ballots.cast(actor!, params.id, body),
  }),
  route({
    method: 'post',
    path: '/api/votes/:id/participation/import',
    summary:
      'Record participation in a vote run elsewhere from a CSV of member_id or email (turnout only, no ballots)',
    tag: 'votes',
    access: voteRunners,
    params: idParams,
    query: participationImportQuery,
    csvBody: true,
    response: participationImportResult,
    handler: ({ services, actor, params, query, body }) =>
      services.ballots.importParticipation(actor!, params.id, body, query.skipRejected),
  }),
];
