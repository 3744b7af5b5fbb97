import type { Knex } from 'knex';

/**
 * A chapter can ask for Spanish-speaking reserve organizers; union staffers (a few percent of
 * members) are listed for national staff through an index rather than a pass over every member.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('chapters', (t) => {
    t.boolean('wants_spanish').notNullable().defaultTo(false);
  });
  await knex.schema.alterTable('members', (t) => {
    t.index(['union_staff'], 'members_union_staff_index');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('members', (t) => {
    t.dropIndex(['union_staff'], 'members_union_staff_index');
  });
  await knex.schema.alterTable('chapters', (t) => {
    t.dropColumn('wants_spanish');
  });
}
