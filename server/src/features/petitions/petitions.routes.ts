import { page, petition, petitionCreate, petitionListQuery } from '@shopfloor/shared';
import { idParams, route } from '../../http/route';

export const petitionRoutes = [
  route({
    method: 'get',
    path: '/api/petitions',
    summary: 'Members Decide petitions with their signature counts and thresholds, newest first',
    tag: 'votes',
    access: 'any',
    query: petitionListQuery,
    response: page(petition),
    handler: ({ services, actor, query }) => services.petitions.list(actor!, query),
  }),
  route({
    method: 'post',
    path: '/api/petitions',
    summary:
      'Open a Members Decide petition (members in good standing); its threshold is fixed from the members in good standing today',
    tag: 'votes',
    access: ['member'],
    body: petitionCreate,
    response: petition,
    status: 201,
    handler: ({ services, actor, body }) => services.petitions.create(actor!, body),
  }),
  route({
    method: 'post',
    path: '/api/petitions/:id/signatures',
    summary:
      'Sign a petition (once; 409 the second time); the signature that reaches the threshold calls an advisory vote',
    tag: 'votes',
    access: ['member'],
    params: idParams,
    response: petition,
    status: 201,
    handler: ({ services, actor, params }) => services.petitions.sign(actor!, params.id),
  }),
];
