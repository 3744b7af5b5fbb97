import {
  agentsFor,
  emptyWorld,
  insertChapter,
  insertJob,
  insertPerson,
  insertPod,
  insertSite,
} from './recruitment';

/** Today (T) and this month (M): the goal fixture is dated from them. */
export const T = new Date().toISOString().slice(0, 10);
export const M = T.slice(0, 7);
export const shift = (month: string, d: number) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const k = y * 12 + m - 1 + d;
  return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`;
};
export const plusDays = (n: number) =>
  new Date(Date.parse(`${T}T00:00:00Z`) + n * 86400_000).toISOString().slice(0, 10);
export const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * The goal fixture. Dates are relative to today (T, this month M): the trend runs through the
 * ends of months M-6..M-1.
 * - chapter A: Self and 3 members from 2020, one joining on the 10th of each of M-6..M-1 and one
 *   on the 1st of M → members 5,6,7,8,9,10 at those month ends (slope 1), 11 now; three of the
 *   2020 members had their jobs recorded mid M-5, M-3 and M-1 → mapped 0,1,1,2,2,3 (slope 19/35);
 * - chapter Y (GA): 5 members from 2020, two lapsing in M-4 and M-2 → 5,5,4,4,3,3 (slope −16/35), 3 now;
 * - pod P (chapter A): two 2020 members and the one who joined in M-2 → 2,2,2,2,3,3 (slope 8/35).
 * A month is 487/16 days: pace = remaining·487/(16·days left); projection = ⌈remaining/slope·487/16⌉ days.
 */
export async function goalsWorld() {
  const world = await emptyWorld({
    chapterA: { name: 'A', state: 'NC', has_labor_committee: true },
    chapterC: { name: 'C', state: 'IL', has_labor_committee: true },
  });
  const { ctx, A } = world;
  const db = ctx.db;
  const Y = await insertChapter(db, { name: 'Y', state: 'GA' });
  const old: number[] = [];
  for (let i = 0; i < 3; i++)
    old.push(await insertPerson(db, { chapter: A, joined: '2020-01-01' }));
  const recent: number[] = [];
  for (let k = 6; k >= 1; k--)
    recent.push(await insertPerson(db, { chapter: A, joined: `${shift(M, -k)}-10` }));
  await insertPerson(db, { chapter: A, joined: `${M}-01` });
  const site = await insertSite(db, A, '62');
  for (const [i, k] of [5, 3, 1].entries())
    await insertJob(db, old[i]!, site, { created_at: `${shift(M, -k)}-15T12:00:00.000Z` });
  for (let i = 0; i < 5; i++)
    await insertPerson(db, {
      chapter: Y,
      joined: '2020-01-01',
      lapsed: i === 0 ? `${shift(M, -4)}-20` : i === 1 ? `${shift(M, -2)}-05` : null,
    });
  const pod = await insertPod(db, A, [old[0]!, old[1]!, recent[4]!], 'organizer@fixture.test');
  return { ctx, agents: await agentsFor(ctx), A, Y, pod };
}
