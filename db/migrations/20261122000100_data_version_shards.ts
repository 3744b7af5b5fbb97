import type { Knex } from 'knex';

/**
 * The data version becomes the sum of sixteen counters, and each write bumps one of them at random.
 * On PostgreSQL one counter row was a lock every write transaction queued for until the one before
 * it committed; with sixteen, two writes meet only one time in sixteen. The sum still moves with
 * every commit and never goes back, so a cache read against it cannot miss a slower transaction.
 */
export const DATA_VERSION_SHARDS = 16;

export async function up(knex: Knex): Promise<void> {
  await knex('data_versions').insert(
    Array.from({ length: DATA_VERSION_SHARDS - 1 }, (_, i) => ({
      scope: `data.${i + 1}`,
      version: 0,
    })),
  );
}

export async function down(knex: Knex): Promise<void> {
  await knex('data_versions').where('scope', 'like', 'data.%').delete();
}
