import type { Knex } from 'knex';
import { states } from '@shopfloor/shared/geo';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('states', (t) => {
    t.string('code', 2).primary();
    t.string('name', 40).notNullable();
    t.string('fips', 2).notNullable().unique();
    t.string('region', 20).notNullable();
    t.string('division', 30).notNullable();
  });
  await knex('states').insert(
    states.map((s) => ({
      code: s.code,
      name: s.name,
      fips: s.fips,
      region: s.region,
      division: s.division,
    })),
  );
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('states');
}
