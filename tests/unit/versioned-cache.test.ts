import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Knex } from 'knex';
import { createDb, DATA_VERSION_SHARDS, migrateLatest } from '@shopfloor/db';
import { bumpDataVersion } from '../../server/src/audit/audit.repository';
import { VersionedCache } from '../../server/src/cache/versioned-cache';

let db: Knex;
beforeAll(async () => {
  db = createDb({ sqliteFile: ':memory:' });
  await migrateLatest(db);
});
afterAll(() => db.destroy());

describe('the data version', () => {
  it('is the sum of its counters, one of which every write moves', async () => {
    expect(await db('data_versions').count({ n: '*' }).first()).toMatchObject({
      n: DATA_VERSION_SHARDS,
    });
    const cache = new VersionedCache<number>(db);
    let computed = 0;
    const read = () => cache.get('k', async () => ++computed);
    expect(await read()).toBe(1);
    expect(await read()).toBe(1);
    // Whichever counter a write moves, the next read computes afresh, and only once.
    for (let i = 0; i < 40; i++) {
      await db.transaction((trx) => bumpDataVersion(trx));
      expect(await read()).toBe(i + 2);
      expect(await read()).toBe(i + 2);
    }
    const moved = await db('data_versions').where('version', '>', 0).count({ n: '*' }).first();
    expect(Number(moved!.n)).toBeGreaterThan(1);
  });
});
