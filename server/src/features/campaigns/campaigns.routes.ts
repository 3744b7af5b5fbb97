import {
  approvalChange,
  campaignCreate,
  campaignRecord,
  campaignListQuery,
  campaignPatch,
  campaignStage,
  page,
  stageChange,
} from '@shopfloor/shared';
import { z } from 'zod';
import { idParams, route } from '../../http/route';

const readers = ['national', 'chapter', 'organizer', 'admin'] as const;
const writers = ['chapter', 'admin'] as const;
const history = z.array(
  z.object({
    fromStage: campaignStage.nullable(),
    toStage: campaignStage,
    changedAt: z.string(),
    changedBy: z.number().nullable(),
    note: z.string().nullable(),
  }),
);

export const campaignRoutes = [
  route({
    method: 'get',
    path: '/api/campaigns',
    summary:
      "Campaigns the caller may see: its chapter's and its pods' in full, others once public; national also those submitted for approval, without employer or site",
    tag: 'campaigns',
    access: readers,
    query: campaignListQuery,
    response: page(campaignRecord),
    handler: ({ services, actor, query }) => services.campaigns.list(actor!, query),
  }),
  route({
    method: 'post',
    path: '/api/campaigns',
    summary: 'Start a campaign at a workplace of the chapter (stage: mapping)',
    tag: 'campaigns',
    access: writers,
    body: campaignCreate,
    response: campaignRecord,
    status: 201,
    handler: ({ services, actor, body }) => services.campaigns.create(actor!, body),
  }),
  route({
    method: 'get',
    path: '/api/campaigns/:id',
    summary: 'One campaign with its stage history',
    tag: 'campaigns',
    access: readers,
    params: idParams,
    response: campaignRecord.extend({ history }),
    handler: ({ services, actor, params }) => services.campaigns.get(actor!, params.id),
  }),
  route({
    method: 'patch',
    path: '/api/campaigns/:id',
    summary:
      'Change a campaign (kind, program, partner union, unit size, assessments, honest appraisal); send back its version',
    tag: 'campaigns',
    access: writers,
    params: idParams,
    body: campaignPatch,
    response: campaignRecord,
    handler: ({ services, actor, params, body }) =>
      services.campaigns.update(actor!, params.id, body),
  }),
  route({
    method: 'post',
    path: '/api/campaigns/:id/stage',
    summary:
      'Move a campaign to another stage (its chapter, or an organizer of a pod that works there); moving back needs a note; won, lost and paused set the outcome',
    tag: 'campaigns',
    access: ['chapter', 'organizer', 'admin'],
    params: idParams,
    body: stageChange,
    response: campaignRecord,
    handler: ({ services, actor, params, body }) =>
      services.campaigns.changeStage(actor!, params.id, body),
  }),
  route({
    method: 'post',
    path: '/api/campaigns/:id/approval',
    summary:
      'DSLC approval: a chapter submits its campaign; national staff approve (with metrics of success) or decline (with a reason)',
    tag: 'campaigns',
    access: ['national', 'chapter', 'admin'],
    params: idParams,
    body: approvalChange,
    response: campaignRecord,
    handler: ({ services, actor, params, body }) =>
      services.campaigns.approve(actor!, params.id, body),
  }),
];
