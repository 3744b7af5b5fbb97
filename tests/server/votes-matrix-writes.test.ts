import { matrixSuite, statuses } from '../factories/vote-matrix';
import { post, yesNoVote } from '../factories/votes';

//                          anon admin national chapter organizer member offRoll
const runners = (s: number) => statuses(`401 ${s} ${s} 403 403 403 403`);
const membersOnly = statuses('401 403 403 403 403 201 403');
const forum = { startsAt: '2026-12-01T23:00:00Z', link: 'https://meet.example.org/x' };

matrixSuite('writing votes and petitions, by role (refused writes change nothing)', (m) => [
  {
    name: 'open a petition',
    method: 'post',
    target: async () => ({
      path: '/api/petitions',
      body: { title: 'Member vote', question: 'Should we?' },
    }),
    expect: membersOnly,
  },
  {
    name: 'sign a petition',
    method: 'post',
    target: async () => ({ path: `/api/petitions/${await m.petition()}/signatures` }),
    expect: membersOnly,
  },
  {
    name: 'call a vote',
    method: 'post',
    target: async () => ({ path: '/api/votes', body: yesNoVote }),
    expect: runners(201),
  },
  {
    name: 'schedule a vote',
    method: 'post',
    target: async () => ({
      path: `/api/votes/${await m.draft()}/state`,
      body: { state: 'scheduled', opensOn: '2026-12-01', closesOn: '2099-12-09', version: 0 },
    }),
    expect: runners(200),
  },
  {
    name: 'schedule a forum',
    method: 'post',
    target: async () => ({ path: `/api/votes/${await m.draft()}/forums`, body: forum }),
    expect: runners(201),
  },
  {
    name: 'add a recording',
    method: 'patch',
    target: async () => {
      const id = await m.draft();
      const f = await post(m.agents.national, `/api/votes/${id}/forums`, forum);
      const body = { recordingUrl: 'https://video.example.org/x', version: 0 };
      return { path: `/api/votes/${id}/forums/${f.body.id}`, body };
    },
    expect: runners(200),
  },
  {
    name: 'submit a statement',
    method: 'post',
    target: async () => ({
      path: `/api/votes/${await m.scheduled()}/statements`,
      body: { side: 'for', text: { en: 'Yes' } },
    }),
    expect: statuses('401 201 201 403 403 201 403'),
  },
  {
    name: 'approve a statement',
    method: 'post',
    target: async () => {
      const id = await m.scheduled();
      const s = await post(m.agents.member, `/api/votes/${id}/statements`, {
        side: 'for',
        text: { en: 'Yes' },
      });
      return {
        path: `/api/votes/${id}/statements/${s.body.id}/approval`,
        body: { approved: true, version: 0 },
      };
    },
    expect: runners(200),
  },
  {
    name: 'send the statements',
    method: 'post',
    target: async () => {
      const v = await m.ready(false);
      return { path: `/api/votes/${v.id}/statements/send`, body: { version: v.version } };
    },
    expect: runners(200),
  },
  {
    name: 'cast a ballot',
    method: 'post',
    target: async () => ({
      path: `/api/votes/${await m.opened()}/ballots`,
      body: { choice: 'yes' },
    }),
    expect: membersOnly,
  },
  {
    name: 'import participation',
    method: 'post',
    target: async () => ({
      path: `/api/votes/${await m.opened()}/participation/import`,
      csv: `member_id\n${m.keisha}\n`,
    }),
    expect: runners(200),
  },
]);
