import type { Knex } from 'knex';

const at = (day: string) => `${day}T15:00:00.000Z`;

interface Volunteer {
  chapter: string;
  skills: string[];
  languages: string[];
  hours: number;
  states: string[];
  industries: string[];
  since: string;
}

/** Experienced organizers who offered to help new labor formations, mostly in the South. */
const volunteers: Volunteer[] = [
  {
    chapter: 'Chicago',
    skills: ['committee_building', 'union_elections', 'one_on_ones'],
    languages: ['en', 'es'],
    hours: 12,
    states: ['GA', 'IL', 'TX'],
    industries: ['48-49'],
    since: '2026-03-02',
  },
  {
    chapter: 'New Orleans',
    skills: ['workplace_mapping', 'strikes_and_actions'],
    languages: ['en', 'es'],
    hours: 8,
    states: ['AL', 'LA', 'MS'],
    industries: ['72'],
    since: '2026-05-14',
  },
  {
    chapter: 'Madison',
    skills: ['contract_campaigns', 'bargaining', 'training_trainers'],
    languages: ['en'],
    hours: 6,
    states: ['KY', 'TN', 'WI'],
    industries: ['61'],
    since: '2026-06-20',
  },
];

async function experiencedMember(trx: Knex, chapter: string): Promise<number> {
  const row = await trx('members as m')
    .join('chapters as c', 'c.id', 'm.chapter_id')
    .where('c.name', chapter)
    .where('m.status', 'good_standing')
    .whereIn('m.organizing_status', ['committee', 'campaign', 'unionized'])
    .orderBy('m.id')
    .first('m.id');
  if (!row) throw new Error(`demo seed: no experienced member in ${chapter}`);
  return row.id;
}

/**
 * The demo's organizer reserve, a mentorship and recruitment goals: three reserve organizers, one
 * of them mentoring Atlanta (a Southern chapter with no labor committee yet), which, like the Rio
 * Grande Valley, asks for Spanish speakers; the national 100,000-member goal, a Southern
 * recruiting goal and Triangle's own.
 */
export async function seedDemoReserve(
  trx: Knex,
  o: { triangle: number; atlanta: number; rgv: number },
): Promise<void> {
  await trx('chapters').whereIn('id', [o.atlanta, o.rgv]).update({ wants_spanish: true });
  const reserveIds: number[] = [];
  for (const v of volunteers) {
    const [row] = await trx('reserve_organizers')
      .insert({
        member_id: await experiencedMember(trx, v.chapter),
        skills: JSON.stringify(v.skills),
        languages: JSON.stringify(v.languages),
        hours_per_month: v.hours,
        states: JSON.stringify(v.states),
        industries: JSON.stringify(v.industries),
        version: 0,
        created_at: at(v.since),
        updated_at: at(v.since),
      })
      .returning('id');
    reserveIds.push(row.id);
  }
  const national = await trx('users').where('email', 'national@demo.test').first('id');
  const committee = await trx('users').where('email', 'chapter@demo.test').first('id');
  await trx('mentorships').insert({
    reserve_id: reserveIds[0],
    chapter_id: o.atlanta,
    status: 'active',
    notes: 'Standing up a labor committee: a mapping night, then a first training in October',
    started_on: '2026-09-15',
    created_by: national.id,
    version: 1,
    created_at: at('2026-09-08'),
    updated_at: at('2026-09-15'),
  });
  const goal = (g: Record<string, unknown>) => ({
    starts_on: '2026-01-01',
    version: 0,
    created_at: at('2026-01-05'),
    updated_at: at('2026-01-05'),
    ...g,
  });
  await trx('goals').insert([
    goal({
      metric: 'members',
      scope: 'nation',
      target: 100_000,
      due_on: '2028-12-31',
      created_by: national.id,
    }),
    goal({
      metric: 'recruits',
      scope: 'region',
      scope_ref: 'south',
      target: 60,
      due_on: '2027-06-30',
      created_by: national.id,
    }),
    goal({
      metric: 'members',
      scope: 'chapter',
      scope_ref: String(o.triangle),
      target: 60,
      due_on: '2027-12-31',
      created_by: committee.id,
    }),
  ]);
}
