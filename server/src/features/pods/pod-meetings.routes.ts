import {
  attendanceBody,
  attendanceResult,
  goal,
  goalPatch,
  podGoalCreate,
  podGoalParams,
  podMeeting,
  podMeetingCreate,
  podMeetingParams,
} from '@shopfloor/shared';
import { z } from 'zod';
import { idParams, route } from '../../http/route';

/** Its committee and its coordinators set a pod's goals. */
const goalSetters = ['national', 'chapter', 'organizer', 'admin'] as const;

export const podMeetingRoutes = [
  route({
    method: 'get',
    path: '/api/pods/:id/meetings',
    summary: "A pod's meetings and trainings, newest first, with who attended",
    tag: 'pods',
    access: ['national', 'chapter', 'organizer', 'member', 'admin'],
    params: idParams,
    response: z.array(podMeeting),
    handler: ({ services, actor, params }) => services.pods.meetings.list(actor!, params.id),
  }),
  route({
    method: 'post',
    path: '/api/pods/:id/meetings',
    summary: 'Record a meeting or training of the pod (its coordinators and committee)',
    tag: 'pods',
    access: ['national', 'chapter', 'organizer', 'admin'],
    params: idParams,
    body: podMeetingCreate,
    response: podMeeting,
    status: 201,
    handler: ({ services, actor, params, body }) =>
      services.pods.meetings.create(actor!, params.id, body),
  }),
  route({
    method: 'put',
    path: '/api/pods/:id/meetings/:meetingId/attendance',
    summary:
      'Set who attended; at a workplace-organizing training, members not yet started move to trained',
    tag: 'pods',
    access: ['chapter', 'organizer', 'admin'],
    params: podMeetingParams,
    body: attendanceBody,
    response: attendanceResult,
    handler: ({ services, actor, params, body }) =>
      services.pods.meetings.attendance(actor!, params.id, params.meetingId, body),
  }),
  route({
    method: 'post',
    path: '/api/pods/:id/goals',
    summary: 'Set a goal for the pod (members, mapped, trained, committee, recruits…) by a date',
    tag: 'pods',
    access: goalSetters,
    params: idParams,
    body: podGoalCreate,
    response: goal,
    status: 201,
    handler: ({ services, actor, params, body }) =>
      services.pods.goals.create(actor!, params.id, body),
  }),
  route({
    method: 'patch',
    path: '/api/pods/:id/goals/:goalId',
    summary: "Change a pod's goal; send back its version",
    tag: 'pods',
    access: goalSetters,
    params: podGoalParams,
    body: goalPatch,
    response: goal,
    handler: ({ services, actor, params, body }) =>
      services.pods.goals.update(actor!, params.id, params.goalId, body),
  }),
];
