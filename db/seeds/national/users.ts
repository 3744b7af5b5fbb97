import type { ChapterPlan } from './chapters';
import type { Row } from './time';

export type HashPassword = (password: string) => Promise<string>;

/** The demo logins' password hash: one scrypt run shared by all six (one published password). */
export async function demoPasswordHash(options: {
  password?: string;
  scryptLogN?: number;
  hash?: HashPassword;
}): Promise<string> {
  const password = options.password ?? (process.env.DEMO_PASSWORD || 'shopfloor-demo');
  if (options.hash) return options.hash(password);
  const logN = options.scryptLogN ?? Number(process.env.SCRYPT_LOG_N || 17);
  // Loaded lazily: the database package does not otherwise depend on the server.
  const { hashPassword } = await import('../../../server/src/auth/passwords');
  return hashPassword(password, logN);
}

/**
 * The chapters behind the chapter logins: the largest Southern and non-Southern chapters, which
 * get a labor committee if the dice did not give them one (the role is the labor committee).
 */
export function loginChapters(chapters: ChapterPlan[]): { south: ChapterPlan; other: ChapterPlan } {
  const largest = (list: ChapterPlan[]) => list.reduce((a, b) => (b.members > a.members ? b : a));
  const south = largest(chapters.filter((c) => c.isSouth));
  const other = largest(chapters.filter((c) => !c.isSouth));
  south.hasLaborCommittee = true;
  other.hasLaborCommittee = true;
  return { south, other };
}

/** The six demo logins of the demo seed, pointed at national-scale chapters. */
export function userRows(
  south: ChapterPlan,
  other: ChapterPlan,
  memberId: number | null,
  passwordHash: string,
  now: string,
): Row[] {
  const users = [
    { email: 'admin@demo.test', role: 'admin', chapter_id: null, member_id: null },
    { email: 'national@demo.test', role: 'national', chapter_id: null, member_id: null },
    { email: 'chapter@demo.test', role: 'chapter', chapter_id: south.id, member_id: null },
    { email: 'chapter2@demo.test', role: 'chapter', chapter_id: other.id, member_id: null },
    { email: 'organizer@demo.test', role: 'organizer', chapter_id: south.id, member_id: null },
    { email: 'member@demo.test', role: 'member', chapter_id: south.id, member_id: memberId },
  ];
  return users.map((u, i) => ({
    id: i + 1,
    ...u,
    password_hash: passwordHash,
    language: 'en',
    disabled: false,
    version: 0,
    created_at: now,
    updated_at: now,
  }));
}
