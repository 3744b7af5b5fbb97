import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('chapters', (t) => {
    t.increments('id');
    t.string('name', 120).notNullable().unique();
    t.string('state', 2).notNullable().references('code').inTable('states');
    t.string('city', 120);
    t.string('zip', 5);
    t.double('lat');
    t.double('lng');
    t.boolean('has_labor_committee').notNullable().defaultTo(false);
    t.boolean('has_clc_delegate').notNullable().defaultTo(false);
    t.string('size_class', 12).notNullable().defaultTo('metro');
    t.integer('version').notNullable().defaultTo(0);
    t.string('created_at', 24).notNullable();
    t.string('updated_at', 24).notNullable();
    t.index(['state']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('chapters');
}
