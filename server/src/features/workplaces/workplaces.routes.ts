import {
  page,
  workplace,
  workplaceCreate,
  workplaceListQuery,
  workplaceMerge,
  workplacePatch,
  workplaceSummary,
} from '@shopfloor/shared';
import { z } from 'zod';
import { idParams, route } from '../../http/route';

const managers = ['chapter', 'admin'] as const;

export const workplaceRoutes = [
  route({
    method: 'get',
    path: '/api/chapters/:id/workplaces',
    summary: "A chapter's workplaces with their member counts (search, filter, sort, paging)",
    tag: 'workplaces',
    access: managers,
    params: idParams,
    query: workplaceListQuery,
    response: page(workplaceSummary),
    handler: ({ services, actor, params, query }) =>
      services.workplaces.list(actor!, params.id, query),
  }),
  route({
    method: 'post',
    path: '/api/chapters/:id/workplaces',
    summary:
      'Add a workplace; its ZIP is geocoded offline; the same employer at the same ZIP is refused (409)',
    tag: 'workplaces',
    access: managers,
    params: idParams,
    body: workplaceCreate,
    response: workplace,
    status: 201,
    handler: ({ services, actor, params, body }) =>
      services.workplaces.create(actor!, params.id, body),
  }),
  route({
    method: 'get',
    path: '/api/chapters/:id/workplaces/duplicates',
    summary: 'Pairs of workplaces that look like one place entered twice, to merge',
    tag: 'workplaces',
    access: managers,
    params: idParams,
    response: z.array(
      z.object({
        a: workplaceSummary,
        b: workplaceSummary,
        similarity: z.number(),
        reason: z.string(),
      }),
    ),
    handler: ({ services, actor, params }) => services.workplaces.duplicates(actor!, params.id),
  }),
  route({
    method: 'get',
    path: '/api/workplaces/:id',
    summary: 'One workplace with the members who work there',
    tag: 'workplaces',
    access: managers,
    params: idParams,
    response: workplace.extend({
      members: z.array(
        z.object({
          memberId: z.number(),
          firstName: z.string(),
          lastName: z.string(),
          jobTitle: z.string().nullable(),
          shopSteward: z.boolean(),
          organizingStatus: z.string(),
        }),
      ),
    }),
    handler: ({ services, actor, params }) => services.workplaces.get(actor!, params.id),
  }),
  route({
    method: 'patch',
    path: '/api/workplaces/:id',
    summary: 'Change a workplace; send back the version you read (409 when stale)',
    tag: 'workplaces',
    access: managers,
    params: idParams,
    body: workplacePatch,
    response: workplace,
    handler: ({ services, actor, params, body }) =>
      services.workplaces.update(actor!, params.id, body),
  }),
  route({
    method: 'post',
    path: '/api/workplaces/:id/merge',
    summary: 'Merge this workplace into another of the same chapter (its members move over)',
    tag: 'workplaces',
    access: managers,
    params: idParams,
    body: workplaceMerge,
    response: workplace,
    handler: ({ services, actor, params, body }) =>
      services.workplaces.merge(actor!, params.id, body.intoId, body.version),
  }),
];
