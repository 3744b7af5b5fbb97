import type { Knex } from 'knex';

/**
 * A chapter can ask for Spanish-speaking reserve organizers. Union staffers (a few percent of
 * members) are listed through an index rather than a pass over every member; recruits between two
 * dates (goal progress) are counted from a covering index on the join date.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('chapters', (t) => {
    t.boolean('wants_spanish').notNullable().defaultTo(false);
  });
  await knex.schema.alterTable('members', (t) => {
    t.index(['union_staff'], 'members_union_staff_index');
    t.index(
      ['joined_on', 'recruitment_source', 'preferred_language', 'chapter_id'],
      'members_joined_source_index',
    );
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('members', (t) => {
    t.dropIndex(
      ['joined_on', 'recruitment_source', 'preferred_language', 'chapter_id'],
      'members_joined_source_index',
    );
    t.dropIndex(['union_staff'], 'members_union_staff_index');
  });
  await knex.schema.alterTable('chapters', (t) => {
    t.dropColumn('wants_spanish');
  });
}
