import {
  agentsFor,
  emptyWorld,
  insertChapter,
  insertId,
  insertJob,
  insertPerson,
  insertPod,
  insertSite,
} from './recruitment';

/** This month: the fixture's jobs are dated from it. */
export const M = new Date().toISOString().slice(0, 7);
export const shift = (month: string, d: number) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const k = y * 12 + m - 1 + d;
  return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`;
};

/**
 * The Southern coverage fixture:
 * - A (NC, metro, committee, CLC delegate): 10 members in good standing (Self included) and one
 *   lapsed, 6 mapped, 1 pod, 2 active campaigns and a won one;
 * - Sylva (NC, small city): 3 members, 1 mapped; nothing else;
 * - G (GA, metro, CLC delegate): 7 members, 2 mapped, 1 pod, 1 active campaign;
 * - Brownsville (TX, rural, committee): 2 members;
 * - C (IL): 4 members and a pod, not Southern; a region pod for the South.
 * Reserve: r1 (of C) helps NC and GA; r2 (of A) NC, TX and AL; r3 withdrew; r4 has lapsed.
 * Jobs: 4 recorded long ago, the other 5 in the middle of month M-3.
 */
export async function southWorld() {
  const world = await emptyWorld({
    chapterA: { name: 'A', state: 'NC', has_labor_committee: true, has_clc_delegate: true },
    chapterC: { name: 'C', state: 'IL', has_labor_committee: true },
  });
  const { ctx, A, C, self } = world;
  const db = ctx.db;
  const S = await insertChapter(db, { name: 'Sylva', state: 'NC', size_class: 'small_city' });
  const G = await insertChapter(db, { name: 'G', state: 'GA', has_clc_delegate: true });
  const R = await insertChapter(db, {
    name: 'Brownsville',
    state: 'TX',
    size_class: 'rural',
    has_labor_committee: true,
  });
  const people = async (chapter: number, n: number) => {
    const ids: number[] = [];
    for (let i = 0; i < n; i++) ids.push(await insertPerson(db, { chapter, joined: '2020-01-01' }));
    return ids;
  };
  const a = [self, ...(await people(A, 9))];
  await insertPerson(db, { chapter: A, joined: '2020-01-01', lapsed: '2020-06-01' });
  const s = await people(S, 3);
  const g = await people(G, 7);
  await people(R, 2);
  const c = await people(C, 4);
  const lapsedC = await insertPerson(db, {
    chapter: C,
    joined: '2020-01-01',
    lapsed: '2021-01-01',
  });
  const site = await insertSite(db, A, '62');
  const early = { created_at: '2020-02-01T00:00:00.000Z' };
  const late = { created_at: `${shift(M, -3)}-15T12:00:00.000Z` };
  for (const [i, m] of [a[0], a[1], a[2], a[3], a[4], a[5], s[0], g[0], g[1]].entries())
    await insertJob(db, m!, site, i < 4 ? early : late);
  await insertPod(db, A, [a[1]!]);
  await insertPod(db, G, [g[2]!]);
  await insertPod(db, C, [c[0]!]);
  await insertPod(db, null, [], undefined, { scope: 'region', region: 'south' });
  const campaign = (chapter: number, stage: string) =>
    insertId(db, 'campaigns', {
      workplace_id: site,
      chapter_id: chapter,
      stage,
      started_on: '2026-01-01',
      created_at: '2026-01-01T00:00:00.000Z',
      updated_at: '2026-01-01T00:00:00.000Z',
    });
  await campaign(A, 'mapping');
  await campaign(A, 'committee');
  await campaign(A, 'won');
  await campaign(G, 'majority');
  await campaign(C, 'mapping');
  const reserve = (member: number, states: string[], withdrawn = false) =>
    insertId(db, 'reserve_organizers', {
      member_id: member,
      skills: '["one_on_ones"]',
      languages: '["en"]',
      hours_per_month: 8,
      states: JSON.stringify(states),
      industries: '[]',
      withdrawn_at: withdrawn ? '2026-01-01T00:00:00.000Z' : null,
      created_at: '2025-01-01T00:00:00.000Z',
      updated_at: '2025-01-01T00:00:00.000Z',
    });
  await reserve(c[1]!, ['GA', 'NC']);
  await reserve(a[6]!, ['AL', 'NC', 'TX']);
  await reserve(g[3]!, ['GA'], true);
  await reserve(lapsedC, ['NC']);
  return { ctx, agents: await agentsFor(ctx) };
}

type Coverage = [number, number, number, number, unknown, unknown, unknown, unknown];
/** Coverage figures from a row: chapters, committees, CLC delegates, pods, members, mapped, share, campaigns. */
export const fig = (...v: Coverage) => {
  const [chapters, lc, clc, pods, members, mapped, share, campaigns] = v;
  return {
    chapters,
    chaptersWithLaborCommittee: lc,
    chaptersWithClcDelegate: clc,
    pods,
    members,
    membersMapped: mapped,
    mappedShare: share,
    activeCampaigns: campaigns,
  };
};

export const stateOf = (body: { states: { state: string }[] }, code: string) =>
  body.states.find((s) => s.state === code);
