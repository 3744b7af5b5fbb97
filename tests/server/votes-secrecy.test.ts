import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPostgres } from '@shopfloor/db';
import { BallotsRepository } from '../../server/src/features/votes/ballots.repository';
import {
  chapterIdByName,
  loginAs,
  makeTestApp,
  type Agent,
  type TestContext,
} from '../factories/app';
import { addMembers } from '../factories/members';
import { post, prepareVote, voteFingerprint } from '../factories/votes';

/** Secret ballot by design: nothing in the schema or the rows links a ballot to a voter. */
let ctx: TestContext;
let national: Agent;
let voters: Agent[];
let voteId: number;

async function columns(table: string): Promise<string[]> {
  if (isPostgres(ctx.db)) {
    const res = await ctx.db.raw(
      `select column_name from information_schema.columns
       where table_schema = current_schema() and table_name = ?`,
      [table],
    );
    return res.rows.map((r: { column_name: string }) => r.column_name).sort();
  }
  const rows: { name: string }[] = await ctx.db.raw(`pragma table_info("${table}")`);
  return rows.map((r) => r.name).sort();
}

async function referencedTables(table: string): Promise<string[]> {
  if (isPostgres(ctx.db)) {
    const res = await ctx.db.raw(
      `select p.relname as parent from pg_constraint k
       join pg_class c on c.oid = k.conrelid join pg_class p on p.oid = k.confrelid
       join pg_namespace n on n.oid = c.relnamespace
       where k.contype = 'f' and n.nspname = current_schema() and c.relname = ?`,
      [table],
    );
    return res.rows.map((r: { parent: string }) => r.parent).sort();
  }
  const rows: { table: string }[] = await ctx.db.raw(`pragma foreign_key_list("${table}")`);
  return rows.map((r) => r.table).sort();
}

beforeAll(async () => {
  ctx = await makeTestApp();
  national = await loginAs(ctx.app, 'national@demo.test');
  const triangle = await chapterIdByName(ctx.db, 'Triangle');
  const made = await addMembers(
    ctx.db,
    Array.from({ length: 24 }, () => ({ chapterId: triangle })),
  );
  voters = await Promise.all(made.map((m) => loginAs(ctx.app, m.email)));
  voteId = (await prepareVote(national)).id;
});
afterAll(() => ctx.close());

describe('secret ballots', () => {
  it('gives ballots no column for a member, a time or a sequence, on this database', async () => {
    expect(await columns('vote_ballots')).toEqual([
      'choices_json',
      'id',
      'receipt_hash',
      'vote_id',
    ]);
    expect(await referencedTables('vote_ballots')).toEqual(['votes']);
    expect(await columns('vote_participation')).toEqual(['member_id', 'source', 'vote_id']);
    // SQLite keeps a hidden insertion-ordered rowid unless the table is WITHOUT ROWID.
    if (!isPostgres(ctx.db))
      await expect(ctx.db.raw('select rowid from vote_ballots')).rejects.toThrow();
  });

  it('takes exactly one of 50 simultaneous ballots from one member', async () => {
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        post(voters[0]!, `/api/votes/${voteId}/ballots`, { choice: i % 2 ? 'yes' : 'no' }),
      ),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409)).toHaveLength(49);
    const count = async (t: string) =>
      Number((await ctx.db(t).where('vote_id', voteId).count({ n: '*' }).first())!.n);
    expect(await count('vote_participation')).toBe(1);
    expect(await count('vote_ballots')).toBe(1);
  });

  it('hands the voter a receipt whose SHA-256 is what the ballot row keeps', async () => {
    const res = await post(voters[1]!, `/api/votes/${voteId}/ballots`, { choice: 'yes' });
    expect(res.status).toBe(201);
    expect(res.body.receipt).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$/);
    const hash = createHash('sha256').update(res.body.receipt).digest('hex');
    expect(res.body.receiptHash).toBe(hash);
    const row = await ctx.db('vote_ballots').where('receipt_hash', hash).first();
    expect(JSON.parse(row.choices_json)).toEqual({ choice: 'yes' });
  });

  it('reads ballots back in the order of their random keys, not the order they were cast', async () => {
    const cast: string[] = [];
    for (const voter of voters.slice(2)) {
      const res = await post(voter, `/api/votes/${voteId}/ballots`, { choice: 'no' });
      cast.push(res.body.receiptHash);
    }
    const read = (await new BallotsRepository(ctx.db).ballots(voteId)).map((b) => b.receiptHash);
    const later = read.filter((h) => cast.includes(h));
    expect(later).toHaveLength(cast.length);
    expect(later).not.toEqual(cast);
    expect(new Set(later)).toEqual(new Set(cast));
  });

  it('audits that a member voted, never what or with which receipt', async () => {
    const rows = await ctx.db('audit_log').where('entity', 'vote_participation');
    expect(rows).toHaveLength(voters.length);
    const hashes = (await ctx.db('vote_ballots').select('receipt_hash')).map((r) => r.receipt_hash);
    for (const r of rows) {
      expect(Object.keys(JSON.parse(r.after_json)).sort()).toEqual([
        'memberId',
        'source',
        'voteId',
      ]);
      for (const h of hashes) expect(r.after_json).not.toContain(h);
      expect(r.after_json).not.toMatch(/choice|receipt/);
    }
  });

  it('rewrites the ballots at close so storage order and transaction ids say nothing', async () => {
    const closing = await ctx.db('votes').where({ id: voteId }).first('version');
    const res = await post(national, `/api/votes/${voteId}/state`, {
      state: 'closed',
      version: closing.version,
    });
    expect(res.status).toBe(200);
    const unordered = (await ctx.db('vote_ballots').where('vote_id', voteId).select('id')).map(
      (r) => r.id,
    );
    expect(unordered).toEqual([...unordered].sort());
    if (isPostgres(ctx.db)) {
      const xmins = await ctx.db.raw(
        'select distinct xmin::text from vote_ballots where vote_id = ?',
        [voteId],
      );
      expect(xmins.rows).toHaveLength(1);
    }
  });

  it('refuses ballots after close and leaves no trace', async () => {
    const [late] = await addMembers(ctx.db, [
      { chapterId: await chapterIdByName(ctx.db, 'Triangle') },
    ]);
    const agent = await loginAs(ctx.app, late!.email);
    const before = await voteFingerprint(ctx.db);
    expect((await post(voters[0]!, `/api/votes/${voteId}/ballots`, { choice: 'yes' })).status).toBe(
      409,
    );
    expect((await post(agent, `/api/votes/${voteId}/ballots`, { choice: 'yes' })).status).toBe(409);
    expect(await voteFingerprint(ctx.db)).toEqual(before);
  });
});
