import type { Knex } from 'knex';

const at = (day: string, time = '15:00:00') => `${day}T${time}.000Z`;

async function id(trx: Knex, table: string, where: Record<string, unknown>): Promise<number> {
  const row = await trx(table).where(where).first('id');
  if (!row) throw new Error(`demo seed: no ${table} row ${JSON.stringify(where)}`);
  return row.id;
}

async function campaign(
  trx: Knex,
  c: Record<string, unknown>,
  steps: { stage: string; day: string; by: number; note?: string }[],
): Promise<number> {
  const last = steps[steps.length - 1]!;
  const [row] = await trx('campaigns')
    .insert({ ...c, stage: last.stage, version: steps.length - 1, updated_at: at(last.day) })
    .returning('id');
  await trx('campaign_stage_history').insert(
    steps.map((s, i) => ({
      campaign_id: row.id,
      from_stage: i === 0 ? null : steps[i - 1]!.stage,
      to_stage: s.stage,
      changed_at: at(s.day),
      changed_by: s.by,
      note: s.note ?? null,
    })),
  );
  return row.id;
}

/**
 * The demo's pod and campaigns: Triangle's healthcare pod, coordinated by organizer@demo.test,
 * with Keisha Bell and her coworkers, a kickoff and a workplace-organizing training; a committee
 * forming at Duke University Hospital (submitted to the DSLC); a public drive at Chicago's Amazon.
 */
export async function seedDemoPods(
  trx: Knex,
  o: { triangle: number; chicago: number; keishaId: number; now: string },
): Promise<void> {
  const organizer = await id(trx, 'users', { email: 'organizer@demo.test' });
  const committee = await id(trx, 'users', { email: 'chapter@demo.test' });
  const chicagoCommittee = await id(trx, 'users', { email: 'chapter2@demo.test' });
  const [pod] = await trx('pods')
    .insert({
      name: 'Triangle Healthcare Workers',
      description: 'Nurses, CNAs and techs at Duke and UNC hospitals.',
      industry: '62',
      scope: 'chapter',
      chapter_id: o.triangle,
      version: 0,
      created_at: at('2026-09-01'),
      updated_at: at('2026-09-01'),
    })
    .returning('id');
  await trx('pod_coordinators').insert({
    pod_id: pod.id,
    user_id: organizer,
    created_at: at('2026-09-01'),
  });
  const coworkers: { member_id: number }[] = await trx('employments as e')
    .join('workplaces as w', 'w.id', 'e.workplace_id')
    .where({ 'w.chapter_id': o.triangle, 'w.industry': '62' })
    .whereNull('e.ended_on')
    .whereNot('e.member_id', o.keishaId)
    .orderBy('e.member_id')
    .limit(5)
    .select('e.member_id');
  const memberIds = [o.keishaId, ...new Set(coworkers.map((c) => c.member_id))];
  await trx('pod_members').insert(
    memberIds.map((member_id) => ({
      pod_id: pod.id,
      member_id,
      added_on: '2026-09-01',
      created_at: at('2026-09-01'),
    })),
  );
  const meetings = [
    { held_on: '2026-09-15', kind: 'meeting', title: 'Pod kickoff', workplace_training: false },
    {
      held_on: '2026-10-10',
      kind: 'training',
      title: 'Organizing 101: one-on-ones and mapping',
      workplace_training: true,
    },
  ];
  for (const m of meetings) {
    const [row] = await trx('pod_meetings')
      .insert({
        ...m,
        pod_id: pod.id,
        created_by: organizer,
        version: 1,
        created_at: at(m.held_on),
      })
      .returning('id');
    await trx('pod_attendance').insert(
      memberIds.map((member_id) => ({ meeting_id: row.id, member_id })),
    );
  }
  // The training did what attending one does: those who had not started are now trained.
  const untrained: { id: number }[] = await trx('members')
    .whereIn('id', memberIds)
    .where('organizing_status', 'not_started')
    .select('id');
  for (const { id: memberId } of untrained) {
    await trx('members')
      .where('id', memberId)
      .update({ organizing_status: 'trained', version: 1, updated_at: at('2026-10-10') });
    await trx('organizing_status_history').insert({
      member_id: memberId,
      from_status: 'not_started',
      to_status: 'trained',
      changed_at: at('2026-10-10', '18:00:00'),
      changed_by: organizer,
      note: 'Attended the training "Organizing 101: one-on-ones and mapping" on 2026-10-10',
    });
  }
  await trx('goals').insert({
    metric: 'trained',
    scope: 'pod',
    scope_ref: String(pod.id),
    target: 6,
    starts_on: '2026-09-01',
    due_on: '2027-03-31',
    created_by: committee,
    version: 0,
    created_at: at('2026-09-01'),
    updated_at: at('2026-09-01'),
  });

  const base = { kind: 'union_drive', created_at: o.now };
  await campaign(
    trx,
    {
      ...base,
      workplace_id: await id(trx, 'workplaces', {
        chapter_id: o.triangle,
        site_name: 'Duke University Hospital',
      }),
      chapter_id: o.triangle,
      program: 'healthcare',
      partner_union: 'SEIU',
      unit_size: 120,
      ...{ assess_1: 8, assess_2: 14, assess_3: 20, assess_4: 10, assess_5: 6 },
      approval: 'submitted',
      approval_metrics: 'An organizing committee of 15 across three units by March',
      started_on: '2026-06-02',
    },
    [
      { stage: 'mapping', day: '2026-06-02', by: committee },
      {
        stage: 'committee',
        day: '2026-09-20',
        by: organizer,
        note: 'Nine CNAs and nurses meet weekly',
      },
    ],
  );
  await campaign(
    trx,
    {
      ...base,
      workplace_id: await id(trx, 'workplaces', {
        chapter_id: o.chicago,
        site_name: 'DCH1 Delivery Station',
      }),
      chapter_id: o.chicago,
      program: 'ewoc',
      partner_union: 'Teamsters',
      unit_size: 300,
      ...{ assess_1: 60, assess_2: 100, assess_3: 50, assess_4: 30, assess_5: 20 },
      approval: 'approved',
      approval_metrics: 'Majority on a public petition; recognition or an election by spring',
      started_on: '2026-03-10',
      public_since: at('2026-10-05'),
    },
    [
      { stage: 'mapping', day: '2026-03-10', by: chicagoCommittee },
      { stage: 'committee', day: '2026-05-01', by: chicagoCommittee },
      { stage: 'majority', day: '2026-08-15', by: chicagoCommittee },
      { stage: 'public', day: '2026-10-05', by: chicagoCommittee, note: 'March on the boss' },
    ],
  );
}
