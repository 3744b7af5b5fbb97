import type { Knex } from 'knex';
import { normalizeEmployer, organizingStatuses, type OrganizingStatus } from '@shopfloor/shared';
import { geocodeZip } from '../zips';
import { demoChapters, demoWorkplaces } from './demo-data';
import { seedDemoPods } from './demo-pods';
import { seedDemoReserve } from './demo-reserve';
import { seedDemoVotes } from './demo-votes';
import { firstNames, lastNames, rng } from './random';

export const DEMO_LOGINS = [
  { email: 'admin@demo.test', role: 'admin', what: 'system operator: everything' },
  { email: 'national@demo.test', role: 'national', what: 'DSLC staff: national maps and charts' },
  {
    email: 'chapter@demo.test',
    role: 'chapter',
    what: 'Triangle (NC) labor committee, a Southern chapter',
  },
  { email: 'chapter2@demo.test', role: 'chapter', what: 'Chicago (IL) labor committee' },
  {
    email: 'organizer@demo.test',
    role: 'organizer',
    what: 'healthcare pod coordinator in Triangle',
  },
  { email: 'member@demo.test', role: 'member', what: 'Keisha Bell, a Triangle member' },
] as const;

export type HashPassword = (password: string) => Promise<string>;

/** The demo organization goes only into an empty database. */
export async function isEmpty(db: Knex): Promise<boolean> {
  const row = await db('chapters').count({ n: '*' }).first();
  return Number(row?.n ?? 0) === 0;
}

const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Seeds the demo organization: nine chapters (five in the South), their members and workplaces at
 * real ZIP codes, and one login per role. Deterministic: the same rows on every machine.
 */
export async function seedDemo(
  db: Knex,
  password: string,
  hash: HashPassword,
  today = new Date('2026-11-01T12:00:00Z'),
): Promise<void> {
  const r = rng(20261121);
  // One hash for all demo logins: they share one published password, so distinct salts protect nothing.
  const passwordHash = await hash(password);
  const now = today.toISOString();
  await db.transaction(async (trx) => {
    const chapterIds = new Map<string, number>();
    for (const c of demoChapters) {
      const place = geocodeZip(c.zip)!;
      const [row] = await trx('chapters')
        .insert({
          name: c.name,
          state: c.state,
          city: c.city,
          zip: c.zip,
          lat: place.lat,
          lng: place.lng,
          has_labor_committee: c.hasLaborCommittee,
          has_clc_delegate: c.hasClcDelegate,
          size_class: c.sizeClass,
          created_at: now,
          updated_at: now,
        })
        .returning('id');
      chapterIds.set(c.key, row.id);
    }

    const workplacesByChapter = new Map<string, number[]>();
    for (const wp of demoWorkplaces) {
      const place = geocodeZip(wp.zip)!;
      const [row] = await trx('workplaces')
        .insert({
          chapter_id: chapterIds.get(wp.chapter),
          employer: wp.employer,
          employer_key: normalizeEmployer(wp.employer),
          site_name: wp.siteName,
          address: wp.address,
          city: place.city,
          state: place.state,
          zip: wp.zip,
          lat: place.lat,
          lng: place.lng,
          industry: wp.industry,
          size: wp.size,
          union_status: wp.unionStatus,
          union_name: wp.unionName,
          confirmed: true,
          created_at: now,
          updated_at: now,
        })
        .returning('id');
      workplacesByChapter.set(wp.chapter, [...(workplacesByChapter.get(wp.chapter) ?? []), row.id]);
    }

    let akId = 100200;
    let keishaId = 0;
    for (const c of demoChapters) {
      const chapterId = chapterIds.get(c.key)!;
      const place = geocodeZip(c.zip)!;
      for (let i = 0; i < c.members; i++) {
        const isKeisha = c.key === 'triangle' && i === 0;
        const first = isKeisha ? 'Keisha' : r.pick(firstNames);
        const last = isKeisha ? 'Bell' : r.pick(lastNames);
        const joined = new Date(today.getTime() - r.int(10, 900) * 86400_000);
        const lapsed = r.chance(0.12);
        const status: OrganizingStatus = isKeisha
          ? 'committee'
          : r.weighted(organizingStatuses, [40, 20, 15, 12, 8, 5]);
        const unionMember = isKeisha || r.chance(0.3);
        akId++;
        const [m] = await trx('members')
          .insert({
            chapter_id: chapterId,
            ak_id: String(akId),
            first_name: first,
            last_name: last,
            email: `${first}.${last}.${akId}@example.org`.toLowerCase(),
            phone: `(${place.zip.slice(0, 3)}) 555-${String(1000 + i).slice(-4)}`,
            zip: c.zip,
            preferred_language: isKeisha ? 'en' : r.chance(c.spanishShare) ? 'es' : 'en',
            joined_on: day(joined),
            lapsed_on: lapsed ? day(new Date(joined.getTime() + 365 * 86400_000)) : null,
            status: lapsed ? 'lapsed' : 'good_standing',
            recruitment_source: r.weighted(
              ['workplace', 'campaign', 'event', 'online', 'other'],
              [3, 2, 3, 4, 1],
            ),
            union_member: unionMember,
            union_name: unionMember
              ? isKeisha
                ? 'SEIU'
                : r.pick(['SEIU', 'AFT', 'UAW', 'CWA', 'Teamsters', 'NNU', 'UFCW'])
              : null,
            union_local: unionMember
              ? isKeisha
                ? 'Local 1199'
                : `Local ${r.int(10, 2000)}`
              : null,
            union_staff: !isKeisha && r.chance(0.03),
            organizing_status: status,
            version: 0,
            created_at: now,
            updated_at: now,
          })
          .returning('id');
        const memberId = m.id as number;
        if (isKeisha) keishaId = memberId;
        // Status history: one row per step up to today's status, spread after joining.
        const steps = organizingStatuses.indexOf(status);
        let at = joined.getTime();
        for (let s = 1; s <= steps; s++) {
          at += r.int(7, 60) * 86400_000;
          await trx('organizing_status_history').insert({
            member_id: memberId,
            from_status: organizingStatuses[s - 1],
            to_status: organizingStatuses[s],
            changed_at: new Date(Math.min(at, today.getTime())).toISOString(),
          });
        }
        const sites = workplacesByChapter.get(c.key) ?? [];
        if (sites.length && (isKeisha || r.chance(0.6))) {
          await trx('employments').insert({
            member_id: memberId,
            workplace_id: isKeisha ? sites[0] : r.pick(sites),
            job_title: isKeisha
              ? 'Certified Nursing Assistant'
              : r.pick([
                  'Nurse',
                  'Barista',
                  'Picker',
                  'Teacher',
                  'Cook',
                  'Analyst',
                  'Technician',
                  'Clerk',
                ]),
            since: day(new Date(joined.getTime() - r.int(30, 1500) * 86400_000)),
            shop_steward: r.chance(0.08),
            // Recorded a few weeks after joining (not all at once today), so members mapped over
            // time has a history to chart. Derived from the index: the random sequence is unchanged.
            created_at: new Date(
              Math.min(joined.getTime() + (7 + (i % 9) * 7) * 86400_000, today.getTime()),
            ).toISOString(),
          });
        }
      }
    }

    const users = [
      { email: 'admin@demo.test', role: 'admin', chapter_id: null, member_id: null },
      { email: 'national@demo.test', role: 'national', chapter_id: null, member_id: null },
      {
        email: 'chapter@demo.test',
        role: 'chapter',
        chapter_id: chapterIds.get('triangle'),
        member_id: null,
      },
      {
        email: 'chapter2@demo.test',
        role: 'chapter',
        chapter_id: chapterIds.get('chicago'),
        member_id: null,
      },
      {
        email: 'organizer@demo.test',
        role: 'organizer',
        chapter_id: chapterIds.get('triangle'),
        member_id: null,
      },
      {
        email: 'member@demo.test',
        role: 'member',
        chapter_id: chapterIds.get('triangle'),
        member_id: keishaId,
      },
    ];
    await trx('users').insert(
      users.map((u) => ({
        ...u,
        password_hash: passwordHash,
        language: 'en',
        created_at: now,
        updated_at: now,
      })),
    );
    await seedDemoPods(trx, {
      triangle: chapterIds.get('triangle')!,
      chicago: chapterIds.get('chicago')!,
      keishaId,
      now,
    });
    await seedDemoVotes(trx, today);
    await seedDemoReserve(trx, {
      triangle: chapterIds.get('triangle')!,
      atlanta: chapterIds.get('atlanta')!,
      rgv: chapterIds.get('rgv')!,
    });
  });
}
