import {
  employment,
  employmentCreate,
  member,
  memberCreate,
  memberListQuery,
  memberPatch,
  memberWithWork,
  page,
  statusHistoryEntry,
} from '@shopfloor/shared';
import { z } from 'zod';
import { idParams, route } from '../../http/route';

const managers = ['chapter', 'admin'] as const;
/** Organizers read their pods' members and change their organizing status only. */
const managersAndOrganizers = ['chapter', 'organizer', 'admin'] as const;

export const memberRoutes = [
  route({
    method: 'get',
    path: '/api/chapters/:id/members',
    summary: "A chapter's members (search, filter by status, organizing status, mapped)",
    tag: 'members',
    access: managers,
    params: idParams,
    query: memberListQuery,
    response: page(member.extend({ mapped: z.boolean() })),
    handler: ({ services, actor, params, query }) =>
      services.members.list(actor!, params.id, query),
  }),
  route({
    method: 'post',
    path: '/api/chapters/:id/members',
    summary: 'Add a member to a chapter',
    tag: 'members',
    access: managers,
    params: idParams,
    body: memberCreate,
    response: member,
    status: 201,
    handler: ({ services, actor, params, body }) =>
      services.members.create(actor!, params.id, body),
  }),
  route({
    method: 'get',
    path: '/api/members/:id',
    summary: 'One member with where they work and their organizing-status history',
    tag: 'members',
    access: managersAndOrganizers,
    params: idParams,
    response: memberWithWork.extend({ history: z.array(statusHistoryEntry) }),
    handler: ({ services, actor, params }) => services.members.get(actor!, params.id),
  }),
  route({
    method: 'patch',
    path: '/api/members/:id',
    summary:
      "Change a member; send back the version you read (409 when stale). An organizer changes only a pod member's organizingStatus",
    tag: 'members',
    access: managersAndOrganizers,
    params: idParams,
    body: memberPatch,
    response: member,
    handler: ({ services, actor, params, body }) =>
      services.members.update(actor!, params.id, body),
  }),
  route({
    method: 'delete',
    path: '/api/members/:id',
    summary: 'Remove a member (optionally ?version= to guard against a stale read)',
    tag: 'members',
    access: managers,
    params: idParams,
    query: z.object({ version: z.coerce.number().int().nonnegative().optional() }),
    response: z.object({ ok: z.literal(true) }),
    async handler({ services, actor, params, query }) {
      await services.members.remove(actor!, params.id, query.version);
      return { ok: true };
    },
  }),
  route({
    method: 'post',
    path: '/api/members/:id/employments',
    summary: 'Link a member to a workplace of their chapter',
    tag: 'members',
    access: managers,
    params: idParams,
    body: employmentCreate,
    response: employment,
    status: 201,
    handler: ({ services, actor, params, body }) =>
      services.members.addEmployment(actor!, params.id, body),
  }),
  route({
    method: 'delete',
    path: '/api/employments/:id',
    summary: 'End an employment (kept as history with its end date)',
    tag: 'members',
    access: managers,
    params: idParams,
    response: z.object({ ok: z.literal(true) }),
    async handler({ services, actor, params }) {
      await services.members.endEmployment(actor!, params.id);
      return { ok: true };
    },
  }),
];
