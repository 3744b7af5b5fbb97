import {
  agentsFor,
  emptyWorld,
  insertChapter,
  insertId,
  insertJob,
  insertPerson,
  insertSite,
} from './recruitment';

/** Where the fixture's chapters are. */
export const place = {
  A: { lat: 35.994, lng: -78.8986 },
  C: { lat: 41.8781, lng: -87.6298 },
  N: { lat: 29.9511, lng: -90.0715 },
  T: { lat: 33.749, lng: -84.388 },
};
/** Great-circle km by the spherical law of cosines: a second formula to check the first. */
export const km = (a: { lat: number; lng: number }, b: { lat: number; lng: number }) => {
  const rad = Math.PI / 180;
  const c =
    Math.sin(a.lat * rad) * Math.sin(b.lat * rad) +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.cos((b.lng - a.lng) * rad);
  return 6371.0088 * Math.acos(c);
};

/**
 * The reserve fixture. Chapters: A (Durham,
 * NC), C (Chicago), N (New Orleans), and T (Atlanta, no labor committee; two transport
 * workplaces and one hospital, so its industry is 48-49). Reserve: p1 (N, 48-49, English),
 * p2 (C, 48-49, Spanish), p3 (C, 62, Spanish), p4 (lapsed), p5 (withdrew); the member login
 * (Self, of A) opts in during the tests.
 */
export async function reserveWorld() {
  const world = await emptyWorld({
    chapterA: { name: 'A', state: 'NC', ...place.A, has_labor_committee: true },
    chapterC: { name: 'C', state: 'IL', ...place.C },
  });
  const { ctx, A, self } = world;
  const db = ctx.db;
  const r = {} as Record<'p1' | 'p2' | 'p3' | 'p4' | 'p5', number>;
  const N = await insertChapter(db, { name: 'N', state: 'LA', ...place.N });
  const T = await insertChapter(db, { name: 'T', state: 'GA', ...place.T });
  for (const industry of ['48-49', '62', '48-49']) await insertSite(db, T, industry);
  const entry = async (chapter: number, v: Record<string, unknown>, lapsed = false) => {
    const member = await insertPerson(db, {
      chapter,
      joined: '2020-01-01',
      lapsed: lapsed ? '2026-01-01' : null,
    });
    const id = await insertId(db, 'reserve_organizers', {
      member_id: member,
      skills: '["one_on_ones","committee_building"]',
      hours_per_month: 10,
      created_at: '2026-01-01T00:00:00.000Z',
      updated_at: '2026-01-01T00:00:00.000Z',
      ...v,
    });
    // Their workplace stays theirs: the reserve never shows it.
    await insertJob(db, member, await insertSite(db, chapter, '48-49'));
    return id;
  };
  const C = world.C;
  r.p1 = await entry(N, { languages: '["en"]', states: '["GA","LA"]', industries: '["48-49"]' });
  r.p2 = await entry(C, {
    languages: '["en","es"]',
    states: '["GA","IL"]',
    industries: '["48-49"]',
  });
  r.p3 = await entry(C, {
    languages: '["es"]',
    states: '["TX"]',
    industries: '["62"]',
    skills: '["bargaining","one_on_ones"]',
  });
  r.p4 = await entry(N, { languages: '["en"]', states: '["GA"]', industries: '[]' }, true);
  r.p5 = await entry(A, {
    languages: '["en"]',
    states: '["GA"]',
    industries: '[]',
    withdrawn_at: '2026-02-01T00:00:00.000Z',
  });
  const staff = (chapter: number, union: string, lapsed = false, optIn = true) =>
    insertPerson(db, {
      chapter,
      joined: '2020-01-01',
      unionStaff: optIn,
      unionName: union,
      lapsed: lapsed ? '2026-01-01' : null,
    });
  await staff(A, 'SEIU');
  await staff(C, 'SEIU');
  await staff(C, 'AFT');
  await staff(A, 'SEIU', true);
  await staff(A, 'UAW', false, false);
  return { ctx, agents: await agentsFor(ctx), A, T, self, r };
}
