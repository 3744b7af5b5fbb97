import type { Knex } from 'knex';

/**
 * One counter bumped inside every audited write transaction. Caches (national figures, map
 * clusters) compare it to decide whether to recompute, in every server process alike. A row
 * lock on it orders the increments as the commits, so a cache cannot miss a slower transaction.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('data_versions', (t) => {
    t.string('scope', 40).primary();
    t.bigInteger('version').notNullable().defaultTo(0);
  });
  await knex('data_versions').insert({ scope: 'data', version: 0 });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('data_versions');
}
