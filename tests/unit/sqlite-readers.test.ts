import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDb, migrateLatest, readerOf } from '@shopfloor/db';

describe('SQLite reader connections', () => {
  const dir = mkdtempSync(join(tmpdir(), 'shopfloor-readers-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('see every committed write, read beside an open write transaction, and refuse writes', async () => {
    const db = createDb({ sqliteFile: join(dir, 'readers.sqlite') });
    await migrateLatest(db);
    const reader = readerOf(db);
    expect(reader).not.toBe(db);
    expect(readerOf(db)).toBe(reader);
    const version = async (k = reader) =>
      Number((await k('data_versions').where('scope', 'data').first('version'))!.version);

    const before = await version();
    await db('data_versions').where('scope', 'data').increment('version', 1);
    expect(await version()).toBe(before + 1);

    // A write transaction holds the one writer connection; a reader still answers, with the last
    // committed state, and then sees the commit.
    await db.transaction(async (trx) => {
      await trx('data_versions').where('scope', 'data').increment('version', 1);
      expect(await version()).toBe(before + 1);
      expect(await version(trx)).toBe(before + 2);
    });
    expect(await version()).toBe(before + 2);

    await expect(
      reader('data_versions').where('scope', 'data').increment('version', 1),
    ).rejects.toThrow(/readonly|read-only|query_only/i);

    await db.destroy();
    // Destroying the database ends its readers too.
    await expect(reader.raw('select 1')).rejects.toThrow();
  });

  it('are the database itself in memory', async () => {
    const db = createDb({ sqliteFile: ':memory:' });
    expect(readerOf(db)).toBe(db);
    await db.destroy();
  });
});
