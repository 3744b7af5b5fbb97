import { matrixSuite, statuses } from '../factories/vote-matrix';

//                      anon admin national chapter organizer member offRoll
const everyone = (s: number) => statuses(`401 ${s} ${s} ${s} ${s} ${s} ${s}`);

matrixSuite('reading votes and petitions, by role', (m) => [
  {
    name: 'list petitions',
    method: 'get',
    target: async () => ({ path: '/api/petitions' }),
    expect: everyone(200),
  },
  {
    name: 'list votes',
    method: 'get',
    target: async () => ({ path: '/api/votes' }),
    expect: everyone(200),
  },
  {
    name: 'an open vote',
    method: 'get',
    target: async () => ({ path: `/api/votes/${m.openVote}` }),
    expect: everyone(200),
  },
  {
    name: 'its forums',
    method: 'get',
    target: async () => ({ path: `/api/votes/${m.openVote}/forums` }),
    expect: everyone(200),
  },
  {
    name: 'its statements',
    method: 'get',
    target: async () => ({ path: `/api/votes/${m.openVote}/statements` }),
    expect: everyone(200),
  },
  {
    name: 'results before close',
    method: 'get',
    target: async () => ({ path: `/api/votes/${m.openVote}/results` }),
    expect: everyone(409),
  },
  {
    name: 'results after close',
    method: 'get',
    target: async () => ({ path: `/api/votes/${m.closedVote}/results` }),
    expect: everyone(200),
  },
  {
    name: 'a draft',
    method: 'get',
    target: async () => ({ path: `/api/votes/${await m.draft()}` }),
    expect: statuses('401 200 200 404 404 404 404'),
  },
  {
    name: 'turnout',
    method: 'get',
    target: async () => ({ path: `/api/votes/${m.openVote}/turnout?by=region` }),
    expect: statuses('401 200 200 403 403 403 403'),
  },
  {
    name: 'my votes',
    method: 'get',
    target: async () => ({ path: '/api/me/votes' }),
    expect: statuses('401 403 403 403 403 200 200'),
  },
]);
