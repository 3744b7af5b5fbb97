import { chapter, chapterPatch } from '@shopfloor/shared';
import { z } from 'zod';
import { idParams, route } from '../../http/route';

export const chapterRoutes = [
  route({
    method: 'get',
    path: '/api/chapters',
    summary: 'All chapters',
    tag: 'geography',
    access: 'any',
    response: z.array(chapter),
    handler: ({ services }) => services.chapters.list(),
  }),
  route({
    method: 'get',
    path: '/api/chapters/:id',
    summary: 'One chapter',
    tag: 'geography',
    access: 'any',
    params: idParams,
    response: chapter,
    handler: ({ services, params }) => services.chapters.get(params.id),
  }),
  route({
    method: 'patch',
    path: '/api/chapters/:id',
    summary: "Update a chapter's facts (its labor committee, CLC delegate, size class)",
    tag: 'geography',
    access: ['chapter', 'admin'],
    params: idParams,
    body: chapterPatch,
    response: chapter,
    handler: ({ services, actor, params, body }) =>
      services.chapters.update(actor!, params.id, body),
  }),
];
