import {
  page,
  pod,
  podCoordinator,
  podCoordinatorParams,
  podCreate,
  podDetail,
  podListQuery,
  podMemberParams,
  podMembership,
  podPatch,
  podProgress,
  podProgressQuery,
} from '@shopfloor/shared';
import { z } from 'zod';
import { idParams, route } from '../../http/route';

const everyone = ['national', 'chapter', 'organizer', 'member', 'admin'] as const;
const managers = ['national', 'chapter', 'admin'] as const;

export const podRoutes = [
  route({
    method: 'get',
    path: '/api/pods',
    summary:
      "Pods the caller may see: a chapter's own and every region and nation pod; an organizer's; a member's",
    tag: 'pods',
    access: everyone,
    query: podListQuery,
    response: page(pod),
    handler: ({ services, actor, query }) => services.pods.list(actor!, query),
  }),
  route({
    method: 'post',
    path: '/api/pods',
    summary:
      'Create a pod: chapter committees for their chapter (scope chapter or workplace), national staff for region and nation',
    tag: 'pods',
    access: managers,
    body: podCreate,
    response: podDetail,
    status: 201,
    handler: ({ services, actor, body }) => services.pods.create(actor!, body),
  }),
  route({
    method: 'get',
    path: '/api/pods/:id',
    summary: 'One pod: coordinators, goals, and the members and workplaces the caller may see',
    tag: 'pods',
    access: everyone,
    params: idParams,
    response: podDetail,
    handler: ({ services, actor, params }) => services.pods.get(actor!, params.id),
  }),
  route({
    method: 'patch',
    path: '/api/pods/:id',
    summary: 'Rename a pod or change its description or industry; send back its version',
    tag: 'pods',
    access: managers,
    params: idParams,
    body: podPatch,
    response: podDetail,
    handler: ({ services, actor, params, body }) => services.pods.update(actor!, params.id, body),
  }),
  route({
    method: 'get',
    path: '/api/pods/:id/progress',
    summary:
      'Monthly progress: members by organizing status, workplaces by campaign stage, recruits, attendance; the funnel and goals',
    tag: 'pods',
    access: ['national', 'chapter', 'organizer', 'admin'],
    params: idParams,
    query: podProgressQuery,
    response: podProgress,
    handler: ({ services, actor, params, query }) =>
      services.pods.progress(actor!, params.id, query),
  }),
  route({
    method: 'put',
    path: '/api/pods/:id/members/:memberId',
    summary:
      "Put a member of the pod's chapter (of the region, for region pods) in the pod; a chapter adds its own members to region and nation pods",
    tag: 'pods',
    access: ['chapter', 'admin'],
    params: podMemberParams,
    response: podMembership,
    handler: ({ services, actor, params }) =>
      services.pods.roster.putMember(actor!, params.id, params.memberId),
  }),
  route({
    method: 'delete',
    path: '/api/pods/:id/members/:memberId',
    summary: 'Take a member out of the pod',
    tag: 'pods',
    access: ['chapter', 'admin'],
    params: podMemberParams,
    response: z.object({ ok: z.literal(true) }),
    async handler({ services, actor, params }) {
      await services.pods.roster.removeMember(actor!, params.id, params.memberId);
      return { ok: true };
    },
  }),
  route({
    method: 'put',
    path: '/api/pods/:id/coordinators/:userId',
    summary: 'Make an organizer (a user with the organizer role) a coordinator of the pod',
    tag: 'pods',
    access: managers,
    params: podCoordinatorParams,
    response: z.array(podCoordinator),
    handler: ({ services, actor, params }) =>
      services.pods.roster.putCoordinator(actor!, params.id, params.userId),
  }),
  route({
    method: 'delete',
    path: '/api/pods/:id/coordinators/:userId',
    summary: 'Stop a coordinator coordinating the pod',
    tag: 'pods',
    access: managers,
    params: podCoordinatorParams,
    response: z.array(podCoordinator),
    handler: ({ services, actor, params }) =>
      services.pods.roster.removeCoordinator(actor!, params.id, params.userId),
  }),
];
