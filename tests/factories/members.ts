import type { Knex } from 'knex';
import { hashPassword } from '../../server/src/auth/passwords';
import { DEMO_PASSWORD } from './app';

export interface MemberSpec {
  chapterId: number;
  firstName?: string;
  status?: 'good_standing' | 'lapsed' | 'expired';
  language?: 'en' | 'es';
  /** Also create a member login (role member) with the demo password. */
  login?: boolean;
}

let seq = 0;
let hash: Promise<string> | null = null;

/** Members (and their logins) for vote tests; one scrypt hash at the test cost serves them all. */
export async function addMembers(db: Knex, specs: MemberSpec[]) {
  hash ??= hashPassword(DEMO_PASSWORD, 12);
  const passwordHash = await hash;
  const now = new Date().toISOString();
  const out: { memberId: number; email: string; chapterId: number }[] = [];
  for (const spec of specs) {
    const n = ++seq;
    const email = `voter${n}.${Date.now().toString(36)}@members.test`;
    const [row] = await db('members')
      .insert({
        chapter_id: spec.chapterId,
        first_name: spec.firstName ?? `Voter${n}`,
        last_name: 'Test',
        email,
        preferred_language: spec.language ?? 'en',
        status: spec.status ?? 'good_standing',
        created_at: now,
        updated_at: now,
      })
      .returning('id');
    const memberId = typeof row === 'object' ? row.id : row;
    if (spec.login !== false)
      await db('users').insert({
        email,
        password_hash: passwordHash,
        role: 'member',
        chapter_id: spec.chapterId,
        member_id: memberId,
        language: spec.language ?? 'en',
        created_at: now,
        updated_at: now,
      });
    out.push({ memberId, email, chapterId: spec.chapterId });
  }
  return out;
}

/** A staff login (national, admin, chapter, organizer) for databases seeded without the demo. */
export async function addStaff(
  db: Knex,
  email: string,
  role: string,
  chapterId: number | null = null,
) {
  hash ??= hashPassword(DEMO_PASSWORD, 12);
  const now = new Date().toISOString();
  await db('users').insert({
    email,
    password_hash: await hash,
    role,
    chapter_id: chapterId,
    language: 'en',
    created_at: now,
    updated_at: now,
  });
}
