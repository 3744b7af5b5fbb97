import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import { isPostgres, migrateLatest } from '@shopfloor/db';
import { seedDemo } from '@shopfloor/db/seeds/demo';
import { hashPassword } from '../../../server/src/auth/passwords';

export const PASSWORD = 'shopfloor-demo';

/** Migrates and loads the demo organization, hashing at the tests' scrypt cost. */
export async function seedDemoDb(db: Knex): Promise<void> {
  await migrateLatest(db);
  // Dated from today, as `npm start` seeds it: the demo's open vote still takes ballots.
  await seedDemo(db, PASSWORD, (p) => hashPassword(p, 12), new Date());
}

export async function count(db: Knex, table: string, where: Record<string, unknown> = {}) {
  const row = await db(table).where(where).count({ n: '*' }).first();
  return Number(row?.n ?? 0);
}

/** Row count and a SHA-256 over every row (in id order) of the tables a restore must bring back. */
export async function checksums(
  db: Knex,
  tables = ['members', 'workplaces', 'audit_log', 'employments', 'users'],
): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const t of tables) {
    const rows: Record<string, unknown>[] = await db(t).orderBy('id').select('*');
    const h = createHash('sha256');
    for (const r of rows) h.update(JSON.stringify(r)).update('\n');
    out[t] = `${rows.length}:${h.digest('hex').slice(0, 16)}`;
  }
  return out;
}

/** SQLite: the file is sound and every foreign key points at a row. PostgreSQL: no orphans either. */
export async function assertSound(db: Knex): Promise<void> {
  if (isPostgres(db)) {
    const fks: { conrelid: string; sql: string }[] = (
      await db.raw(
        `select conrelid::regclass::text as conrelid, pg_get_constraintdef(oid) as sql
           from pg_constraint where contype = 'f' and connamespace = current_schema()::regnamespace`,
      )
    ).rows;
    for (const fk of fks) {
      const m = /^FOREIGN KEY \((.+?)\) REFERENCES (\S+)\((.+?)\)/.exec(fk.sql);
      if (!m) throw new Error(`cannot read ${fk.sql}`);
      const cols = m[1]!.split(', ');
      const refCols = m[3]!.split(', ');
      const join = cols.map((c, i) => `r.${refCols[i]} = c.${c}`).join(' and ');
      const notNull = cols.map((c) => `c.${c} is not null`).join(' and ');
      const orphans = await db.raw(
        `select count(*) as n from ${fk.conrelid} c where ${notNull}
           and not exists (select 1 from ${m[2]} r where ${join})`,
      );
      if (Number(orphans.rows[0].n) !== 0)
        throw new Error(`${fk.conrelid}: ${orphans.rows[0].n} rows break ${fk.sql}`);
    }
    return;
  }
  const integrity: { integrity_check: string }[] = await db.raw('PRAGMA integrity_check');
  if (integrity.map((r) => r.integrity_check).join() !== 'ok')
    throw new Error(`integrity_check: ${JSON.stringify(integrity)}`);
  const broken: unknown[] = await db.raw('PRAGMA foreign_key_check');
  if (broken.length) throw new Error(`foreign_key_check: ${JSON.stringify(broken.slice(0, 5))}`);
}

/** The demo's open vote. */
export async function openVoteId(db: Knex): Promise<number> {
  const row = await db('votes').where({ state: 'open' }).orderBy('id').first('id');
  if (!row) throw new Error('the demo has no open vote');
  return row.id as number;
}

/**
 * `n` more members in good standing with logins, on the roll of the open vote as if they had
 * been members when it froze. One scrypt hash serves them all (inserting users directly).
 */
export async function addVoters(
  db: Knex,
  n: number,
): Promise<{ voteId: number; emails: string[] }> {
  const voteId = await openVoteId(db);
  const chapter = await db('chapters').where({ name: 'Triangle' }).first('id');
  const hash = await hashPassword(PASSWORD, 12);
  const now = new Date().toISOString();
  const emails = Array.from({ length: n }, (_, i) => `ops.voter.${i}@members.test`);
  await db.transaction(async (trx) => {
    await trx.batchInsert(
      'members',
      emails.map((email, i) => ({
        chapter_id: chapter.id,
        first_name: `Voter${i}`,
        last_name: 'Ops',
        email,
        preferred_language: 'en',
        status: 'good_standing',
        created_at: now,
        updated_at: now,
      })),
      100,
    );
    const members: { id: number; email: string }[] = await trx('members')
      .whereIn('email', emails)
      .select('id', 'email');
    await trx.batchInsert(
      'users',
      members.map((m) => ({
        email: m.email,
        password_hash: hash,
        role: 'member',
        chapter_id: chapter.id,
        member_id: m.id,
        language: 'en',
        created_at: now,
        updated_at: now,
      })),
      100,
    );
    await trx.batchInsert(
      'vote_roll',
      members.map((m) => ({ vote_id: voteId, member_id: m.id, chapter_id: chapter.id })),
      100,
    );
    await trx('votes')
      .where({ id: voteId })
      .update({ roll_size: await count(trx, 'vote_roll', { vote_id: voteId }) });
  });
  return { voteId, emails };
}
