import type { Knex } from 'knex';
import { SessionsRepository } from '../server/src/auth/sessions.repository';
import type { Login } from './http';
import { load } from './measure';

/** A small JSON client for the running server, as one logged-in user. */
function api(base: string, who: Login) {
  return async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(base + path, {
      method,
      headers: { cookie: who.cookie, 'x-csrf-token': who.csrf, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };
}

/**
 * Ballots per second: national calls an endorsement vote through the API (two forums, both
 * statements approved and sent, opened — the roll is frozen), then `voters` members each cast one
 * ballot, 20 at a time. Their sessions are created directly in the database (logging in thousands
 * of members would measure scrypt, not ballots). Afterwards the counts are checked: every
 * acknowledged ballot stored once, none lost, none doubled.
 */
export async function benchBallots(
  db: Knex,
  base: string,
  national: Login,
  connections: number,
  voters = 3000,
) {
  const call = api(base, national);
  type V = { id: number; version: number };
  let vote = await call<V>('POST', '/api/votes', {
    kind: 'endorsement',
    title: { en: 'Benchmark endorsement' },
    question: { en: 'Endorse?' },
  });
  const soon = new Date(Date.now() + 86400_000).toISOString();
  for (const link of ['https://example.org/forum-1', 'https://example.org/forum-2']) {
    await call('POST', `/api/votes/${vote.id}/forums`, { startsAt: soon, link });
  }
  for (const side of ['for', 'against']) {
    const st = await call<V>('POST', `/api/votes/${vote.id}/statements`, {
      side,
      text: { en: `The case ${side}.` },
    });
    await call('POST', `/api/votes/${vote.id}/statements/${st.id}/approval`, {
      approved: true,
      version: st.version,
    });
  }
  vote = (
    await call<{ vote: V }>('POST', `/api/votes/${vote.id}/statements/send`, {
      version: vote.version,
    })
  ).vote;
  vote = await call<V>('POST', `/api/votes/${vote.id}/state`, {
    state: 'scheduled',
    version: vote.version,
    opensOn: new Date().toISOString().slice(0, 10),
    closesOn: new Date(Date.now() + 7 * 86400_000).toISOString().slice(0, 10),
  });
  vote = await call<V>('POST', `/api/votes/${vote.id}/state`, {
    state: 'open',
    version: vote.version,
  });

  const roll: number[] = await db('vote_roll')
    .where('vote_id', vote.id)
    .orderBy('member_id')
    .limit(voters)
    .pluck('member_id');
  const passwordHash = (
    await db('users').where('email', 'national@demo.test').first('password_hash')
  ).password_hash;
  const now = new Date().toISOString();
  await db.batchInsert(
    'users',
    roll.map((m) => ({
      email: `bench-voter-${vote.id}-${m}@bench.test`,
      password_hash: passwordHash,
      role: 'member',
      member_id: m,
      created_at: now,
      updated_at: now,
    })),
    500,
  );
  const userIds: { id: number; member_id: number }[] = await db('users')
    .where('email', 'like', `bench-voter-${vote.id}-%`)
    .select('id', 'member_id');
  const sessions = new SessionsRepository(db);
  const expires = new Date(Date.now() + 3600_000).toISOString();
  const voterSessions: { cookie: string; csrf: string }[] = [];
  for (const u of userIds) {
    const s = await sessions.create(u.id, expires, 'bench');
    voterSessions.push({ cookie: `sf_session=${s.token}`, csrf: s.csrfToken });
  }

  let i = 0;
  const started = performance.now();
  const m = await load({
    url: `${base}/api/votes/${vote.id}/ballots`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    connections,
    amount: voterSessions.length,
    next: () => {
      const s = voterSessions[i++]!;
      return {
        path: `/api/votes/${vote.id}/ballots`,
        body: JSON.stringify({ choice: i % 3 ? 'yes' : 'no' }),
        headers: { 'content-type': 'application/json', cookie: s.cookie, 'x-csrf-token': s.csrf },
      };
    },
  });
  const seconds = (performance.now() - started) / 1000;
  const ballots = Number(
    (await db('vote_ballots').where('vote_id', vote.id).count({ n: '*' }).first())!.n,
  );
  const participation = Number(
    (await db('vote_participation').where('vote_id', vote.id).count({ n: '*' }).first())!.n,
  );
  const acknowledged = m.requests - m.errors - m.non2xx;
  // The benchmark's voters leave with it; their anonymous ballots stay, as ballots do.
  await db('users')
    .whereIn(
      'id',
      userIds.map((u) => u.id),
    )
    .delete();
  return {
    ...m,
    voters: voterSessions.length,
    seconds,
    ballotsPerSecond: acknowledged / seconds,
    ballots,
    participation,
    acknowledged,
    intact: ballots === acknowledged && participation === acknowledged,
  };
}
