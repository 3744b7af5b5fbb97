import type { Knex } from 'knex';

/**
 * The organizer reserve: members who opted in to support new chapter labor formations, and their
 * mentorships with chapters or members. Opting out keeps the row (withdrawn_at) so mentorships
 * keep their mentor.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('reserve_organizers', (t) => {
    t.increments('id');
    t.integer('member_id')
      .notNullable()
      .unique()
      .references('id')
      .inTable('members')
      .onDelete('CASCADE');
    // JSON arrays as text: a few hundred rows, filtered in memory, the same on both databases.
    t.text('skills').notNullable();
    t.text('languages').notNullable();
    t.integer('hours_per_month').notNullable();
    t.text('states').notNullable();
    t.text('industries').notNullable();
    t.string('withdrawn_at', 24);
    t.integer('version').notNullable().defaultTo(0);
    t.string('created_at', 24).notNullable();
    t.string('updated_at', 24).notNullable();
  });
  await knex.schema.createTable('mentorships', (t) => {
    t.increments('id');
    t.integer('reserve_id')
      .notNullable()
      .references('id')
      .inTable('reserve_organizers')
      .onDelete('CASCADE');
    t.integer('chapter_id').references('id').inTable('chapters').onDelete('CASCADE');
    t.integer('member_id').references('id').inTable('members').onDelete('CASCADE');
    // 'proposed' | 'active' | 'ended'
    t.string('status', 12).notNullable();
    t.text('notes');
    t.string('started_on', 10);
    t.string('ended_on', 10);
    t.integer('created_by').references('id').inTable('users').onDelete('SET NULL');
    t.integer('version').notNullable().defaultTo(0);
    t.string('created_at', 24).notNullable();
    t.string('updated_at', 24).notNullable();
    t.index(['reserve_id']);
    t.index(['chapter_id']);
    t.index(['member_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('mentorships');
  await knex.schema.dropTable('reserve_organizers');
}
