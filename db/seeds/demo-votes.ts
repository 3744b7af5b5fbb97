import type { Knex } from 'knex';
import type { BallotChoices } from '@shopfloor/shared';
import { rng } from './random';
import { ballotBox, drawChoice, frozenResults, materialRows } from './vote-rows';

const DAY = 86400_000;

/** Members in good standing with chapter and industry (current job, else pod): a roll as it freezes. */
async function freezeRoll(trx: Knex, voteId: number): Promise<number[]> {
  await trx.raw(
    `insert into vote_roll (vote_id, member_id, chapter_id, industry)
     select cast(? as integer), m.id, m.chapter_id, coalesce(
       (select min(w.industry) from employments e join workplaces w on w.id = e.workplace_id
         where e.member_id = m.id and e.ended_on is null),
       (select min(p.industry) from pod_members pm join pods p on p.id = pm.pod_id where pm.member_id = m.id))
     from members m where m.status = 'good_standing'`,
    [voteId],
  );
  const rows: { member_id: number }[] = await trx('vote_roll')
    .where('vote_id', voteId)
    .orderBy('member_id');
  return rows.map((r) => r.member_id);
}

async function insertId(trx: Knex, table: string, row: object): Promise<number> {
  const [r] = await trx(table).insert(row).returning('id');
  return typeof r === 'object' ? r.id : r;
}

/**
 * The demo's votes: a Members Decide petition collecting signatures, an endorsement vote open
 * now (forums held, statements sent) that member@demo.test has not yet voted in, and a closed
 * advisory vote with published results.
 */
export async function seedDemoVotes(trx: Knex, today: Date): Promise<void> {
  const r = rng(20261122);
  const at = (days: number, hour = 12) =>
    new Date(Math.floor(today.getTime() / DAY) * DAY + days * DAY + hour * 3600_000).toISOString();
  const day = (days: number) => at(days).slice(0, 10);
  const national = (await trx('users').where('email', 'national@demo.test').first('id'))
    .id as number;
  const keisha = (await trx('users').where('email', 'member@demo.test').first('member_id'))
    .member_id;
  const others: { id: number }[] = await trx('members')
    .where('status', 'good_standing')
    .whereNot('id', keisha)
    .orderBy('id')
    .select('id');
  const goodStanding = others.length + 1;

  const petitionId = await insertId(trx, 'petitions', {
    title: 'Put a national salting program to a member vote',
    question:
      'Should DSA fund a national program that helps members take union-organizing jobs in strategic industries?',
    language: 'en',
    opened_by_member_id: others[40]!.id,
    opened_at: at(-5),
    members_in_good_standing: goodStanding,
    threshold_percent: 5,
    threshold: Math.ceil(goodStanding * 0.05),
    signature_count: 6,
    created_at: at(-5),
    updated_at: at(-1),
  });
  await trx('petition_signatures').insert(
    [40, 60, 90, 120, 150, 170].map((i, n) => ({
      petition_id: petitionId,
      member_id: others[i]!.id,
      signed_at: at(-5 + n * 0.7),
    })),
  );

  const vote = async (v: {
    kind: 'endorsement' | 'members_decide';
    title: [string, string];
    question: [string, string];
    for: [string, string];
    against: [string, string];
    opensIn: number;
    closesIn: number;
    voters: number;
    shares: [number, number];
  }) => {
    const closed = v.closesIn < 0;
    const id = await insertId(trx, 'votes', {
      kind: v.kind,
      state: closed ? 'closed' : 'open',
      title_en: v.title[0],
      title_es: v.title[1],
      question_en: v.question[0],
      question_es: v.question[1],
      called_by_user_id: national,
      opens_on: day(v.opensIn),
      closes_on: day(v.closesIn),
      opened_at: at(v.opensIn),
      closed_at: closed ? at(v.closesIn) : null,
      statements_sent_at: at(v.opensIn - 10),
      version: closed ? 4 : 3,
      created_at: at(v.opensIn - 20),
      updated_at: at(closed ? v.closesIn : v.opensIn),
    });
    const m = materialRows(
      id,
      { forum: 0, statement: 0 },
      {
        forums: [at(v.opensIn - 7, 23), at(v.opensIn - 4, 17)],
        sent: at(v.opensIn - 10),
        userId: national,
      },
      { for: v.for, against: v.against },
    );
    // Ids come from the sequences here: the demo inserts row by row.
    await trx('vote_forums').insert(m.forums.map(({ id: _id, ...f }) => f));
    await trx('vote_statements').insert(m.statements.map(({ id: _id, ...s }) => s));
    const roll = await freezeRoll(trx, id);
    // member@demo.test (Keisha Bell) is on every roll and has voted in none, so the demo can.
    const others = roll.filter((memberId) => memberId !== keisha);
    const step = Math.floor(others.length / v.voters);
    const voters = others.filter((_, i) => i % step === 1).slice(0, v.voters);
    await trx('vote_participation').insert(
      voters.map((member_id) => ({ vote_id: id, member_id, source: 'online' })),
    );
    const choices: BallotChoices[] = voters.map(() => drawChoice(r, v.shares[0], v.shares[1]));
    const box = ballotBox(r, id, choices);
    await trx.batchInsert('vote_ballots', box.rows, 200);
    const rollSize = roll.length;
    const results = closed
      ? frozenResults({ id, kind: v.kind, seats: null, candidates: [] }, box.ballots, {
          closedAt: at(v.closesIn),
          rollSize,
          participation: voters.length,
          seed: `demo-${id}`,
        })
      : null;
    await trx('votes')
      .where({ id })
      .update({
        roll_size: rollSize,
        ballots_cast: voters.length,
        results_json: results && JSON.stringify(results),
      });
  };

  await vote({
    kind: 'members_decide',
    title: [
      'Make the Southern organizing drive a national priority',
      'Hacer de la campaña de organización en el Sur una prioridad nacional',
    ],
    question: [
      'Should national DSA put staff and money first into building chapter labor committees across the South?',
      '¿Debe DSA nacional destinar primero personal y fondos a crear comités laborales en las secciones del Sur?',
    ],
    for: [
      'The South is where labor law is weakest and where our growth matters most.',
      'El Sur es donde las leyes laborales son más débiles y donde nuestro crecimiento más importa.',
    ],
    against: [
      'Every region has unorganized workers; national should fund the chapters that ask first.',
      'Todas las regiones tienen trabajadores sin organizar; la dirección nacional debería financiar primero a las secciones que lo pidan.',
    ],
    opensIn: -40,
    closesIn: -26,
    voters: 70,
    shares: [0.62, 0.3],
  });
  await vote({
    kind: 'endorsement',
    title: [
      'Endorse Valeria Gómez for U.S. House (NC-4)',
      'Respaldar a Valeria Gómez para la Cámara de Representantes (NC-4)',
    ],
    question: [
      'Should DSA endorse Valeria Gómez, a Durham teacher and union steward running for Congress?',
      '¿Debe DSA respaldar a Valeria Gómez, maestra y delegada sindical de Durham, candidata al Congreso?',
    ],
    for: [
      'Valeria led the 2025 school walkouts and runs on our full program, from Medicare for All to the PRO Act.',
      'Valeria encabezó los paros escolares de 2025 y hace campaña con todo nuestro programa, desde Medicare para Todos hasta la Ley PRO.',
    ],
    against: [
      'Her campaign takes corporate PAC money; an endorsement should wait until she refuses it.',
      'Su campaña acepta dinero de comités de acción política corporativos; el respaldo debería esperar a que lo rechace.',
    ],
    opensIn: -2,
    closesIn: 14,
    voters: 25,
    shares: [0.6, 0.32],
  });
}
