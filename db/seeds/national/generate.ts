import type { Knex } from 'knex';
import { isPostgres, migrateLatest } from '../../index';
import { rng, type Rng } from '../random';
import { insertRows, resetSequences } from './bulk-insert';
import { planChapters, type ChapterPlan } from './chapters';
import { generateMembers } from './members';
import { generateOrganizing } from './organizing';
import {
  employedMembers,
  generateRecruitmentExtras,
  shapeRecruitment,
  wantsSpanish,
} from './recruitment';
import { deleteSeededRows, hasData } from './reset';
import { DAY_MS, isoAt, type Row } from './time';
import { demoPasswordHash, loginChapters, userRows, type HashPassword } from './users';
import { generateVotes, insertVotes } from './votes';
import { generateWorkplaces } from './workplaces';
import { buildZipIndex } from './zip-index';

export interface NationalSeedOptions {
  /** Empty the seeded tables first; without it a database that holds chapters is refused. */
  reset?: boolean;
  /** The fixed "today" the data is generated around. */
  today?: Date;
  seed?: number;
  chapters?: number;
  members?: number;
  workplaces?: number;
  /** Demo login password; defaults to DEMO_PASSWORD or 'shopfloor-demo'. */
  password?: string;
  /** scrypt cost; defaults to SCRYPT_LOG_N or 17. */
  scryptLogN?: number;
  /** Replaces the server's password hashing (tests pass a fast one). */
  hash?: HashPassword;
  log?: (line: string) => void;
}

export interface NationalSeedResult {
  counts: Record<string, number>;
  ms: number;
}

export const NATIONAL_TODAY = new Date('2026-11-01T12:00:00Z');

export class DatabaseNotEmptyError extends Error {
  constructor() {
    super(
      'The database already holds chapters or users; run again with --reset (npm run seed:national -- --reset) to replace them.',
    );
  }
}

function chapterRows(r: Rng, chapters: readonly ChapterPlan[], todayMs: number): Row[] {
  return chapters.map((c) => {
    const created = isoAt(todayMs - r.int(400, 3300) * DAY_MS);
    return {
      id: c.id,
      name: c.name,
      state: c.state,
      city: c.city,
      zip: c.place.zip,
      lat: c.place.lat,
      lng: c.place.lng,
      has_labor_committee: c.hasLaborCommittee,
      has_clc_delegate: c.hasClcDelegate,
      size_class: c.sizeClass,
      wants_spanish: wantsSpanish(c),
      version: 0,
      created_at: created,
      updated_at: created,
    };
  });
}

/**
 * Seeds a national-scale organization (about 200 chapters, 90,000 members, 30,000 workplaces)
 * with the demo logins. Deterministic: a seeded PRNG and a fixed today give the same rows on
 * every run. Migrates first; rows are built in memory, then written in one transaction with
 * explicit ids.
 */
export async function seedNational(
  db: Knex,
  options: NationalSeedOptions = {},
): Promise<NationalSeedResult> {
  const started = Date.now();
  const log = options.log ?? (() => {});
  const step = (what: string) => log(`${what} (${((Date.now() - started) / 1000).toFixed(1)}s)`);
  const today = options.today ?? NATIONAL_TODAY;
  const seed = options.seed ?? 20261101;
  await migrateLatest(db);
  if (!options.reset && (await hasData(db))) throw new DatabaseNotEmptyError();
  const hashing = demoPasswordHash(options);
  hashing.catch(() => {}); // awaited below; this only keeps an early failure from going unhandled

  const zips = buildZipIndex();
  const chapters = planChapters(
    rng(seed),
    zips,
    options.chapters ?? 200,
    options.members ?? 90_000,
  );
  const logins = loginChapters(chapters);
  const south = chapters.filter((c) => c.isSouth);
  step(
    `chapters: ${chapters.length} (${south.length} in the South, ` +
      `${chapters.filter((c) => c.hasLaborCommittee).length} with a labor committee)`,
  );
  const wp = generateWorkplaces(rng(seed + 1), chapters, options.workplaces ?? 30_000, today);
  step(`workplaces: ${wp.rows.length}`);
  const m = generateMembers(rng(seed + 2), chapters, wp.byChapter, today, logins.south.id);
  shapeRecruitment(rng(seed + 7), m.members, employedMembers(m.employments), chapters, today);
  const spanish = m.members.filter((x) => x.preferred_language === 'es').length;
  const lapsed = m.members.filter((x) => x.status === 'lapsed').length;
  step(`members: ${m.members.length} (${lapsed} lapsed, ${spanish} prefer Spanish)`);
  step(`employments: ${m.employments.length}, organizing status history: ${m.history.length}`);
  const users = userRows(
    logins.south,
    logins.other,
    m.featuredMemberId,
    await hashing,
    today.toISOString(),
  );
  step(
    `users: ${users.length} (chapter@ → ${logins.south.name}, chapter2@ → ${logins.other.name})`,
  );
  const organizing = generateOrganizing({
    seed: seed + 5,
    chapters,
    workplaces: wp.rows,
    members: m.members,
    employments: m.employments,
    loginChapterId: logins.south.id,
    users,
    passwordHash: await hashing,
    today,
  });
  users.push(...organizing.users);
  step(
    `pods and campaigns: ${organizing.tables.map(([t, rows]) => `${rows.length} ${t}`).join(', ')}`,
  );
  const recruitment = generateRecruitmentExtras({
    seed: seed + 8,
    chapters,
    members: m.members,
    employments: m.employments,
    workplaces: wp.rows,
    users,
    goals: organizing.tables.find(([t]) => t === 'goals')![1],
    today,
  });
  step(`reserve: ${recruitment.map(([t, rows]) => `${rows.length} ${t}`).join(', ')}`);
  const votes = generateVotes(rng(seed + 4), m.members, m.employments, wp.rows, today);
  step(votes.summary);

  const tables: [string, Row[]][] = [
    ['chapters', chapterRows(rng(seed + 3), chapters, today.getTime())],
    ['workplaces', wp.rows],
    ['members', m.members],
    ['employments', m.employments],
    ['organizing_status_history', m.history],
    ['users', users],
    ...organizing.tables,
    ...recruitment,
  ];
  await db.transaction(async (trx) => {
    if (await hasData(trx)) {
      if (!options.reset) throw new DatabaseNotEmptyError();
      const emptied = await deleteSeededRows(trx);
      step(`reset: emptied ${emptied.join(', ')}`);
    }
    for (const [table, rows] of tables) {
      await insertRows(trx, table, rows);
      step(`inserted ${rows.length} ${table}`);
    }
    await resetSequences(
      trx,
      tables.map(([t]) => t),
    );
    await insertVotes(trx, votes, step);
  });
  // Fresh planner statistics: without them PostgreSQL plans the first queries on guesses.
  if (isPostgres(db)) await db.raw('analyze');
  const ms = Date.now() - started;
  log(`done in ${(ms / 1000).toFixed(1)}s`);
  const counts = [...tables, ...votes.tables].map(([t, rows]) => [t, rows.length]);
  return { counts: Object.fromEntries(counts), ms };
}
