import { unionStaffersPage, unionStaffersQuery } from '@shopfloor/shared';
import { directoryReaders } from '../../auth/policy';
import { route } from '../../http/route';

export const unionStafferRoutes = [
  route({
    method: 'get',
    path: '/api/union-staffers',
    summary:
      'Members in good standing who opted in as union staffers, by union and state, with name, chapter, union and local',
    tag: 'reserve',
    access: directoryReaders,
    query: unionStaffersQuery,
    response: unionStaffersPage,
    handler: ({ services, actor, query }) => services.unionStaffers.list(actor!, query),
  }),
];
