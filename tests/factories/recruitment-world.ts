import {
  agentsFor,
  emptyWorld,
  insertChapter,
  insertJob,
  insertPerson,
  insertPod,
  insertSite,
} from './recruitment';

/**
 * The recruitment fixture, worked out by hand over 2025-01..2026-09:
 * chapter A (NC): Self (no join date), a1 (2024-06), a8 (joined 2024-12-31, lapsed 2025-01-31),
 * a2, a3, a9 (2025-01; a3 lapses 2025-11), a4 (2025-03, lapses 2026-04), a5 (2025-03, expired
 * with no date: lapsed on joining), a7 (2026-02); chapter C (IL): c1 (2025-01), c2 (2025-06),
 * c3..c10 (2025-09; c3 lapses 2026-05); chapter D (TX): d1 (2025-06).
 */
export async function recruitmentWorld() {
  const world = await emptyWorld({
    chapterA: { name: 'A', state: 'NC', has_labor_committee: true },
    chapterC: { name: 'C', state: 'IL' },
  });
  const { ctx, A, C } = world;
  const db = ctx.db;
  const D = await insertChapter(db, { name: 'D', state: 'TX', size_class: 'rural' });
  const p = (x: Parameters<typeof insertPerson>[1]) => insertPerson(db, x);
  await p({ chapter: A, joined: '2024-06-10', source: 'event' });
  await p({ chapter: A, joined: '2024-12-31', lapsed: '2025-01-31' });
  const a2 = await p({ chapter: A, joined: '2025-01-15', source: 'workplace', lang: 'es' });
  const a3 = await p({ chapter: A, joined: '2025-01-20', lapsed: '2025-11-05' });
  const a9 = await p({ chapter: A, joined: '2025-01-05', source: 'workplace' });
  const a4 = await p({
    chapter: A,
    joined: '2025-03-02',
    source: 'campaign',
    lang: 'es',
    lapsed: '2026-04-10',
  });
  await p({ chapter: A, joined: '2025-03-28', source: null, status: 'expired' });
  const a7 = await p({ chapter: A, joined: '2026-02-14', source: 'other' });
  await p({ chapter: C, joined: '2025-01-10' });
  await p({ chapter: C, joined: '2025-06-15', source: 'event' });
  await p({ chapter: C, joined: '2025-09-03', lapsed: '2026-05-20' });
  for (const day of ['01', '05', '09', '12', '20', '30'])
    await p({ chapter: C, joined: `2025-09-${day}` });
  await p({ chapter: C, joined: '2025-09-18', source: 'workplace', lang: 'es' });
  await p({ chapter: D, joined: '2025-06-20', source: 'event', lang: 'es' });
  const health = await insertSite(db, A, '62');
  const retail = await insertSite(db, A, '44-45');
  const unknown = await insertSite(db, A, null);
  await insertJob(db, a2, health);
  await insertJob(db, a4, retail);
  await insertJob(db, a7, unknown);
  // a9 holds two jobs: the newer one (retail) is the industry counted.
  await insertJob(db, a9, health);
  await insertJob(db, a9, retail);
  await insertJob(db, a3, health, { ended_on: '2025-06-01' });
  const pod = await insertPod(db, A, [a2, a3, a7], 'organizer@fixture.test');
  return { ctx, agents: await agentsFor(ctx), A, C, pod };
}

/** 'YYYY-MM' months from `from`, n of them. */
export const months = (from: string, n: number) =>
  Array.from({ length: n }, (_, i) => {
    const [y, m] = from.split('-').map(Number) as [number, number];
    const k = y * 12 + m - 1 + i;
    return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`;
  });
