import {
  mentorship,
  mentorshipCreate,
  mentorshipListQuery,
  mentorshipPatch,
  page,
  reserveListQuery,
  reserveOptIn,
  reserveOrganizer,
  reserveSelfResponse,
  reserveSuggestionQuery,
  reserveSuggestions,
} from '@shopfloor/shared';
import { z } from 'zod';
import { directoryReaders } from '../../auth/policy';
import { idParams, route } from '../../http/route';

export const reserveRoutes = [
  route({
    method: 'get',
    path: '/api/me/reserve',
    summary: "The signed-in member's entry in the organizer reserve (null when not listed)",
    tag: 'reserve',
    access: ['member'],
    response: reserveSelfResponse,
    handler: ({ services, actor }) => services.reserve.mine(actor!),
  }),
  route({
    method: 'put',
    path: '/api/me/reserve',
    summary:
      'Opt in to the organizer reserve, or change the entry: national staff will see my name, chapter and these answers, never my workplace',
    tag: 'reserve',
    access: ['member'],
    body: reserveOptIn,
    response: reserveSelfResponse,
    handler: ({ services, actor, body }) => services.reserve.optIn(actor!, body),
  }),
  route({
    method: 'delete',
    path: '/api/me/reserve',
    summary: 'Leave the organizer reserve (mentorships already under way keep their record)',
    tag: 'reserve',
    access: ['member'],
    response: z.object({ ok: z.literal(true) }),
    async handler({ services, actor }) {
      await services.reserve.withdraw(actor!);
      return { ok: true };
    },
  }),
  route({
    method: 'get',
    path: '/api/reserve',
    summary:
      'The organizer reserve for national staff: name, chapter, skills, languages, hours, states and industries; filter by state, language, industry',
    tag: 'reserve',
    access: directoryReaders,
    query: reserveListQuery,
    response: page(reserveOrganizer),
    handler: ({ services, actor, query }) => services.reserve.list(actor!, query),
  }),
  route({
    method: 'get',
    path: '/api/reserve/suggestions',
    summary:
      "Reserve organizers for a chapter: its most common workplace industry first, Spanish speakers next where asked (?spanish= or the chapter's own wish), then the nearest",
    tag: 'reserve',
    access: directoryReaders,
    query: reserveSuggestionQuery,
    response: reserveSuggestions,
    handler: ({ services, actor, query }) => services.reserve.suggestions(actor!, query),
  }),
  route({
    method: 'get',
    path: '/api/mentorships',
    summary:
      "Mentorships: all for national staff; a chapter's own (its chapter or its members); a member's own (as mentor or mentee)",
    tag: 'reserve',
    access: ['national', 'chapter', 'member', 'admin'],
    query: mentorshipListQuery,
    response: page(mentorship),
    handler: ({ services, actor, query }) => services.mentorships.list(actor!, query),
  }),
  route({
    method: 'post',
    path: '/api/mentorships',
    summary: 'Propose a mentorship between a reserve organizer and a chapter or a member',
    tag: 'reserve',
    access: directoryReaders,
    body: mentorshipCreate,
    response: mentorship,
    status: 201,
    handler: ({ services, actor, body }) => services.mentorships.create(actor!, body),
  }),
  route({
    method: 'patch',
    path: '/api/mentorships/:id',
    summary:
      'Move a mentorship on (proposed → active → ended) or change its notes; send back its version',
    tag: 'reserve',
    access: directoryReaders,
    params: idParams,
    body: mentorshipPatch,
    response: mentorship,
    handler: ({ services, actor, params, body }) =>
      services.mentorships.update(actor!, params.id, body),
  }),
];
