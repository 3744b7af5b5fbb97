import {
  forum,
  forumCreate,
  forumPatch,
  statement,
  statementCreate,
  statementReview,
  statementsSent,
  version,
} from '@shopfloor/shared';
import { z } from 'zod';
import { voteRunners } from '../../auth/policy';
import { idParams, route } from '../../http/route';

const forumParams = idParams.extend({ forumId: idParams.shape.id });
const statementParams = idParams.extend({ statementId: idParams.shape.id });

export const materialRoutes = [
  route({
    method: 'get',
    path: '/api/votes/:id/forums',
    summary: "A vote's all-member forums",
    tag: 'votes',
    access: 'any',
    params: idParams,
    response: z.array(forum),
    handler: ({ services, actor, params }) => services.voteMaterials.forums(actor!, params.id),
  }),
  route({
    method: 'post',
    path: '/api/votes/:id/forums',
    summary: 'Schedule an all-member forum (two are needed before voting opens)',
    tag: 'votes',
    access: voteRunners,
    params: idParams,
    body: forumCreate,
    response: forum,
    status: 201,
    handler: ({ services, actor, params, body }) =>
      services.voteMaterials.addForum(actor!, params.id, body),
  }),
  route({
    method: 'patch',
    path: '/api/votes/:id/forums/:forumId',
    summary: "Change a forum's date or link, or add its recording afterwards",
    tag: 'votes',
    access: voteRunners,
    params: forumParams,
    body: forumPatch,
    response: forum,
    handler: ({ services, actor, params, body }) =>
      services.voteMaterials.updateForum(actor!, params.id, params.forumId, body),
  }),
  route({
    method: 'get',
    path: '/api/votes/:id/statements',
    summary: 'Statements for and against: approved ones (and your own); all of them for national',
    tag: 'votes',
    access: 'any',
    params: idParams,
    response: z.array(statement),
    handler: ({ services, actor, params }) => services.voteMaterials.statements(actor!, params.id),
  }),
  route({
    method: 'post',
    path: '/api/votes/:id/statements',
    summary:
      'Submit a statement for or against (members in good standing), for national to approve',
    tag: 'votes',
    access: ['member', ...voteRunners],
    params: idParams,
    body: statementCreate,
    response: statement,
    status: 201,
    handler: ({ services, actor, params, body }) =>
      services.voteMaterials.addStatement(actor!, params.id, body),
  }),
  route({
    method: 'post',
    path: '/api/votes/:id/statements/:statementId/approval',
    summary: 'Approve or reject a statement, optionally adding its translation',
    tag: 'votes',
    access: voteRunners,
    params: statementParams,
    body: statementReview,
    response: statement,
    handler: ({ services, actor, params, body }) =>
      services.voteMaterials.review(actor!, params.id, params.statementId, body),
  }),
  route({
    method: 'post',
    path: '/api/votes/:id/statements/send',
    summary:
      'Send the approved statements and the forum dates to every member in good standing, in their language (outbox, delivered by SMTP)',
    tag: 'votes',
    access: voteRunners,
    params: idParams,
    body: z.object({ version }).strict(),
    response: statementsSent,
    handler: ({ services, actor, params, body }) =>
      services.voteMaterials.send(actor!, params.id, body.version),
  }),
];
