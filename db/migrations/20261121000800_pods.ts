import type { Knex } from 'knex';

/** Industry labor pods: coordinators, members, meetings and their attendance. */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('pods', (t) => {
    t.increments('id');
    t.string('name', 120).notNullable();
    t.text('description');
    t.string('industry', 8).notNullable();
    // 'workplace' | 'chapter' | 'region' | 'nation'
    t.string('scope', 12).notNullable();
    // Set for chapter and workplace pods; region and nation pods span chapters.
    t.integer('chapter_id').references('id').inTable('chapters').onDelete('CASCADE');
    t.string('region', 12);
    t.integer('workplace_id').references('id').inTable('workplaces').onDelete('SET NULL');
    t.integer('version').notNullable().defaultTo(0);
    t.string('created_at', 24).notNullable();
    t.string('updated_at', 24).notNullable();
    t.index(['chapter_id', 'industry']);
    t.index(['scope', 'industry']);
  });

  await knex.schema.createTable('pod_coordinators', (t) => {
    t.increments('id');
    t.integer('pod_id').notNullable().references('id').inTable('pods').onDelete('CASCADE');
    t.integer('user_id').notNullable().references('id').inTable('users').onDelete('CASCADE');
    t.string('created_at', 24).notNullable();
    t.unique(['pod_id', 'user_id']);
    // Session resolve reads an organizer's pods on every request.
    t.index(['user_id']);
  });

  await knex.schema.createTable('pod_members', (t) => {
    t.increments('id');
    t.integer('pod_id').notNullable().references('id').inTable('pods').onDelete('CASCADE');
    t.integer('member_id').notNullable().references('id').inTable('members').onDelete('CASCADE');
    t.string('added_on', 10).notNullable();
    t.string('created_at', 24).notNullable();
    t.unique(['pod_id', 'member_id']);
    t.index(['member_id']);
  });

  await knex.schema.createTable('pod_meetings', (t) => {
    t.increments('id');
    t.integer('pod_id').notNullable().references('id').inTable('pods').onDelete('CASCADE');
    t.string('held_on', 10).notNullable();
    // 'meeting' | 'training'
    t.string('kind', 12).notNullable();
    t.string('title', 200).notNullable();
    // Attending one moves a member who had not started organizing to `trained`.
    t.boolean('workplace_training').notNullable().defaultTo(false);
    t.integer('created_by').references('id').inTable('users').onDelete('SET NULL');
    t.integer('version').notNullable().defaultTo(0);
    t.string('created_at', 24).notNullable();
    t.index(['pod_id', 'held_on']);
  });

  await knex.schema.createTable('pod_attendance', (t) => {
    t.increments('id');
    t.integer('meeting_id')
      .notNullable()
      .references('id')
      .inTable('pod_meetings')
      .onDelete('CASCADE');
    t.integer('member_id').notNullable().references('id').inTable('members').onDelete('CASCADE');
    t.unique(['meeting_id', 'member_id']);
    t.index(['member_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('pod_attendance');
  await knex.schema.dropTable('pod_meetings');
  await knex.schema.dropTable('pod_members');
  await knex.schema.dropTable('pod_coordinators');
  await knex.schema.dropTable('pods');
}
