import type { Knex } from 'knex';

/** Members Decide petitions, votes, their forums and statements, and the roll frozen at opening. */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('petitions', (t) => {
    t.increments('id');
    t.string('title', 200).notNullable();
    t.text('question').notNullable();
    t.string('language', 2).notNullable().defaultTo('en');
    // 'open' | 'qualified'
    t.string('state', 12).notNullable().defaultTo('open');
    t.integer('opened_by_member_id').references('id').inTable('members').onDelete('SET NULL');
    t.string('opened_at', 24).notNullable();
    // The threshold is a share of the members in good standing counted when the petition opened.
    t.integer('members_in_good_standing').notNullable();
    t.double('threshold_percent').notNullable();
    t.integer('threshold').notNullable();
    // Bumped under the row lock by each signature, so exactly one signature qualifies the petition.
    t.integer('signature_count').notNullable().defaultTo(0);
    t.string('qualified_at', 24);
    t.integer('version').notNullable().defaultTo(0);
    t.string('created_at', 24).notNullable();
    t.string('updated_at', 24).notNullable();
    t.index(['state']);
  });

  await knex.schema.createTable('petition_signatures', (t) => {
    t.integer('petition_id')
      .notNullable()
      .references('id')
      .inTable('petitions')
      .onDelete('CASCADE');
    t.integer('member_id').notNullable().references('id').inTable('members').onDelete('CASCADE');
    t.string('signed_at', 24).notNullable();
    t.primary(['petition_id', 'member_id']);
  });

  await knex.schema.createTable('votes', (t) => {
    t.increments('id');
    // 'members_decide' | 'endorsement' | 'leadership'
    t.string('kind', 16).notNullable();
    // 'draft' | 'scheduled' | 'open' | 'closed'
    t.string('state', 12).notNullable().defaultTo('draft');
    t.string('title_en', 200);
    t.string('title_es', 200);
    t.text('question_en');
    t.text('question_es');
    t.integer('seats');
    t.text('candidates_json').notNullable().defaultTo('[]');
    t.integer('petition_id').references('id').inTable('petitions').onDelete('SET NULL');
    t.integer('called_by_user_id').references('id').inTable('users').onDelete('SET NULL');
    t.string('opens_on', 10);
    t.string('closes_on', 10);
    t.string('opened_at', 24);
    t.string('closed_at', 24);
    t.string('statements_sent_at', 24);
    t.integer('roll_size');
    // Bumped under the row lock by each ballot: closing waits for ballots in flight, and after it none land.
    t.integer('ballots_cast').notNullable().defaultTo(0);
    t.text('results_json');
    t.integer('version').notNullable().defaultTo(0);
    t.string('created_at', 24).notNullable();
    t.string('updated_at', 24).notNullable();
    t.index(['state']);
    t.unique(['petition_id']);
  });

  await knex.schema.createTable('vote_forums', (t) => {
    t.increments('id');
    t.integer('vote_id').notNullable().references('id').inTable('votes').onDelete('CASCADE');
    t.string('starts_at', 24).notNullable();
    t.string('link', 500);
    t.string('recording_url', 500);
    t.integer('version').notNullable().defaultTo(0);
    t.string('created_at', 24).notNullable();
    t.string('updated_at', 24).notNullable();
    t.index(['vote_id']);
  });

  await knex.schema.createTable('vote_statements', (t) => {
    t.increments('id');
    t.integer('vote_id').notNullable().references('id').inTable('votes').onDelete('CASCADE');
    // 'for' | 'against'
    t.string('side', 8).notNullable();
    t.text('text_en');
    t.text('text_es');
    // 'submitted' | 'approved' | 'rejected'
    t.string('status', 12).notNullable().defaultTo('submitted');
    t.integer('author_user_id').references('id').inTable('users').onDelete('SET NULL');
    t.integer('reviewed_by_user_id').references('id').inTable('users').onDelete('SET NULL');
    t.string('reviewed_at', 24);
    t.integer('version').notNullable().defaultTo(0);
    t.string('created_at', 24).notNullable();
    t.string('updated_at', 24).notNullable();
    t.index(['vote_id', 'status']);
  });

  // Who may vote: members in good standing when the vote opened, with the groups turnout is read by.
  await knex.schema.createTable('vote_roll', (t) => {
    t.integer('vote_id').notNullable().references('id').inTable('votes').onDelete('CASCADE');
    t.integer('member_id').notNullable().references('id').inTable('members').onDelete('CASCADE');
    t.integer('chapter_id').notNullable().references('id').inTable('chapters').onDelete('CASCADE');
    t.string('industry', 8);
    t.primary(['vote_id', 'member_id']);
    t.index(['vote_id', 'chapter_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('vote_roll');
  await knex.schema.dropTable('vote_statements');
  await knex.schema.dropTable('vote_forums');
  await knex.schema.dropTable('votes');
  await knex.schema.dropTable('petition_signatures');
  await knex.schema.dropTable('petitions');
}
