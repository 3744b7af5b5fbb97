import type { Knex } from 'knex';
import { expect } from 'vitest';
import type { Agent } from './app';
import { fingerprint } from './fingerprint';

const voteTables = [
  'petitions',
  'petition_signatures',
  'votes',
  'vote_forums',
  'vote_statements',
  'vote_roll',
  'vote_participation',
  'vote_ballots',
  'outbox_messages',
  'outbox',
];

/** The base fingerprint plus row counts (and version sums) of the vote tables. */
export async function voteFingerprint(db: Knex): Promise<Record<string, string>> {
  const out = await fingerprint(db);
  for (const t of voteTables) {
    const versioned = ['petitions', 'votes', 'vote_forums', 'vote_statements'].includes(t);
    const row = await db(t)
      .select(
        db.raw('count(*) as n'),
        db.raw(versioned ? 'coalesce(sum(version), 0) as v' : '0 as v'),
      )
      .first();
    out[t] = `${Number(row.n)}/${Number(row.v)}`;
  }
  return out;
}

export const post = (agent: Agent, path: string, body: object = {}) =>
  agent.post(path).set('X-CSRF-Token', agent.csrf).send(body);

export const yesNoVote = {
  kind: 'endorsement',
  title: {
    en: 'Endorse Ana Ruiz for Congress (NC-4)',
    es: 'Respaldar a Ana Ruiz para el Congreso (NC-4)',
  },
  question: { en: 'Should DSA endorse Ana Ruiz?', es: '¿Debe DSA respaldar a Ana Ruiz?' },
};

/**
 * Takes a vote through the API from draft to scheduled, with two forums and approved statements
 * sent, and (unless `stopAt` says otherwise) opens it. Returns the vote as the API last gave it.
 */
export async function prepareVote(
  national: Agent,
  body: object = yesNoVote,
  stopAt: 'scheduled' | 'open' = 'open',
) {
  const created = await post(national, '/api/votes', body);
  expect(created.status).toBe(201);
  const id = created.body.id as number;
  for (const startsAt of ['2026-12-01T23:00:00.000Z', '2026-12-05T17:00:00.000Z']) {
    const f = await post(national, `/api/votes/${id}/forums`, {
      startsAt,
      link: 'https://meet.example.org/forum',
    });
    expect(f.status).toBe(201);
  }
  for (const side of ['for', 'against']) {
    const s = await post(national, `/api/votes/${id}/statements`, {
      side,
      text: {
        en: `Statement ${side}`,
        es: `Declaración ${side === 'for' ? 'a favor' : 'en contra'}`,
      },
    });
    expect(s.status).toBe(201);
    const a = await post(national, `/api/votes/${id}/statements/${s.body.id}/approval`, {
      approved: true,
      version: 0,
    });
    expect(a.status).toBe(200);
  }
  const sent = await post(national, `/api/votes/${id}/statements/send`, { version: 0 });
  expect(sent.status).toBe(200);
  const scheduled = await post(national, `/api/votes/${id}/state`, {
    state: 'scheduled',
    opensOn: '2026-12-08',
    closesOn: '2099-12-15',
    version: sent.body.vote.version,
  });
  expect(scheduled.status).toBe(200);
  if (stopAt === 'scheduled') return scheduled.body;
  const opened = await post(national, `/api/votes/${id}/state`, {
    state: 'open',
    version: scheduled.body.version,
  });
  expect(opened.status).toBe(200);
  return opened.body;
}
