import {
  memberVotes,
  memberVotesQuery,
  page,
  turnout,
  turnoutQuery,
  vote,
  voteCreate,
  voteDetail,
  voteListQuery,
  voteResults,
  voteStateChange,
} from '@shopfloor/shared';
import { voteRunners } from '../../auth/policy';
import { idParams, route } from '../../http/route';
import { ballotRoutes } from './ballots.routes';
import { materialRoutes } from './materials.routes';

const coreRoutes = [
  route({
    method: 'get',
    path: '/api/votes',
    summary: 'Member votes, newest first (drafts only for national staff and admins)',
    tag: 'votes',
    access: 'any',
    query: voteListQuery,
    response: page(vote),
    handler: ({ services, actor, query }) => services.votes.list(actor!, query),
  }),
  route({
    method: 'post',
    path: '/api/votes',
    summary: 'Call a vote: an endorsement, a leadership election (ranked) or a Members Decide vote',
    tag: 'votes',
    access: voteRunners,
    body: voteCreate,
    response: vote,
    status: 201,
    handler: ({ services, actor, body }) => services.votes.create(actor!, body),
  }),
  route({
    method: 'get',
    path: '/api/votes/:id',
    summary: 'One vote with its forums and statements',
    tag: 'votes',
    access: 'any',
    params: idParams,
    response: voteDetail,
    handler: ({ services, actor, params }) => services.votes.get(actor!, params.id),
  }),
  route({
    method: 'post',
    path: '/api/votes/:id/state',
    summary:
      'Move a vote draft → scheduled (dates) → open (needs two forums and the statements sent; freezes the roll) → closed (counts and freezes the results)',
    tag: 'votes',
    access: voteRunners,
    params: idParams,
    body: voteStateChange,
    response: vote,
    handler: ({ services, actor, params, body }) =>
      services.votes.changeState(actor!, params.id, body),
  }),
  route({
    method: 'get',
    path: '/api/votes/:id/results',
    summary:
      'Frozen results after close: the count (round by round for ranked ballots) and the receipt hashes, with every ballot when at least 20 members voted',
    tag: 'votes',
    access: 'any',
    params: idParams,
    response: voteResults,
    handler: async ({ services, actor, params }) =>
      services.voteResults.results(await services.votes.load(actor!, params.id)),
  }),
  route({
    method: 'get',
    path: '/api/votes/:id/turnout',
    summary:
      'Participation over the frozen roll by chapter, region, pod or industry; counts from 1 to 4 come back as "<5" for national',
    tag: 'votes',
    access: voteRunners,
    params: idParams,
    query: turnoutQuery,
    response: turnout,
    handler: async ({ services, actor, params, query }) =>
      services.voteResults.turnout(actor!, await services.votes.load(actor!, params.id), query.by),
  }),
  route({
    method: 'get',
    path: '/api/me/votes',
    summary:
      "The signed-in member's votes: coming, open and closed, with forums and approved statements in the language asked for (lang), else the member's own",
    tag: 'votes',
    access: ['member'],
    query: memberVotesQuery,
    response: memberVotes,
    handler: ({ services, actor, query }) => services.memberVotes.list(actor!, query.lang),
  }),
];

export const voteRoutes = [...coreRoutes, ...materialRoutes, ...ballotRoutes];
