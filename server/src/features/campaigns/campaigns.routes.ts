import {
  campaign,
  campaignCreate,
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
    summary: "Campaigns the caller may see: its chapter's in full, others only once public",
    tag: 'campaigns',
    access: readers,
    query: campaignListQuery,
    response: page(campaign),
    handler: ({ services, actor, query }) => services.campaigns.list(actor!, query),
  }),
  route({
    method: 'post',
    path: '/api/campaigns',
    summary: 'Start a campaign at a workplace of the chapter (stage: mapping)',
    tag: 'campaigns',
    access: writers,
    body: campaignCreate,
    response: campaign,
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
    response: campaign.extend({ history }),
    handler: ({ services, actor, params }) => services.campaigns.get(actor!, params.id),
  }),
  route({
    method: 'patch',
    path: '/api/campaigns/:id',
    summary:
      'Change a campaign (kind, program, partner union, unit size, assessments); send back its version',
    tag: 'campaigns',
    access: writers,
    params: idParams,
    body: campaignPatch,
    response: campaign,
    handler: ({ services, actor, params, body }) =>
      services.campaigns.update(actor!, params.id, body),
  }),
  route({
    method: 'post',
    path: '/api/campaigns/:id/stage',
    summary: 'Move a campaign to another stage; moving back needs a note. Appends to its history',
    tag: 'campaigns',
    access: writers,
    params: idParams,
    body: stageChange,
    response: campaign,
    handler: ({ services, actor, params, body }) =>
      services.campaigns.changeStage(actor!, params.id, body),
  }),
];
