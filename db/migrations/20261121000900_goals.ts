import type { Knex } from 'knex';

/**
 * Goals: a target for a metric at a scope by a date. Pods set theirs now; national, regional,
 * state, chapter and industry goals use the same table.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('goals', (t) => {
    t.increments('id');
    t.string('metric', 32).notNullable();
    // 'nation' | 'region' | 'state' | 'chapter' | 'industry' | 'pod'
    t.string('scope', 12).notNullable();
    // The region code, state code, chapter id, NAICS code or pod id; null for the nation.
    t.string('scope_ref', 40);
    t.integer('target').notNullable();
    t.string('starts_on', 10);
    t.string('due_on', 10).notNullable();
    t.integer('created_by').references('id').inTable('users').onDelete('SET NULL');
    t.integer('version').notNullable().defaultTo(0);
    t.string('created_at', 24).notNullable();
    t.string('updated_at', 24).notNullable();
    t.index(['scope', 'scope_ref']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('goals');
}
