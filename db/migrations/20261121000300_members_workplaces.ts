import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('members', (t) => {
    t.increments('id');
    t.integer('chapter_id').notNullable().references('id').inTable('chapters').onDelete('CASCADE');
    t.string('ak_id', 40);
    t.string('first_name', 80).notNullable();
    t.string('last_name', 80).notNullable();
    t.string('email', 254);
    t.string('phone', 40);
    t.string('zip', 5);
    t.string('preferred_language', 2).notNullable().defaultTo('en');
    t.string('joined_on', 10);
    t.string('lapsed_on', 10);
    t.string('status', 16).notNullable().defaultTo('good_standing');
    t.string('recruitment_source', 16);
    t.string('recruited_by', 120);
    t.boolean('union_member').notNullable().defaultTo(false);
    t.string('union_name', 120);
    t.string('union_local', 60);
    t.boolean('union_staff').notNullable().defaultTo(false);
    t.string('organizing_status', 16).notNullable().defaultTo('not_started');
    t.text('leadership_notes');
    t.integer('version').notNullable().defaultTo(0);
    t.string('created_at', 24).notNullable();
    t.string('updated_at', 24).notNullable();
    t.unique(['ak_id']);
    t.index(['chapter_id', 'email']);
    t.index(['chapter_id', 'last_name']);
    t.index(['joined_on']);
  });

  await knex.schema.createTable('workplaces', (t) => {
    t.increments('id');
    t.integer('chapter_id').notNullable().references('id').inTable('chapters').onDelete('CASCADE');
    t.string('employer', 160).notNullable();
    t.string('employer_key', 160).notNullable();
    t.string('site_name', 160);
    t.string('address', 200);
    t.string('city', 120);
    t.string('state', 2).references('code').inTable('states');
    t.string('zip', 5).notNullable();
    t.double('lat');
    t.double('lng');
    t.string('industry', 8);
    t.string('size', 12);
    t.string('union_status', 12).notNullable().defaultTo('unknown');
    t.string('union_name', 120);
    t.boolean('confirmed').notNullable().defaultTo(true);
    t.integer('version').notNullable().defaultTo(0);
    t.string('created_at', 24).notNullable();
    t.string('updated_at', 24).notNullable();
    // The same employer at the same ZIP in one chapter is one workplace.
    t.unique(['chapter_id', 'employer_key', 'zip']);
    t.index(['state']);
    t.index(['industry']);
    t.index(['employer_key']);
  });

  await knex.schema.createTable('employments', (t) => {
    t.increments('id');
    t.integer('member_id').notNullable().references('id').inTable('members').onDelete('CASCADE');
    t.integer('workplace_id')
      .notNullable()
      .references('id')
      .inTable('workplaces')
      .onDelete('CASCADE');
    t.string('job_title', 120);
    t.string('since', 10);
    t.string('ended_on', 10);
    t.boolean('shop_steward').notNullable().defaultTo(false);
    t.integer('version').notNullable().defaultTo(0);
    t.string('created_at', 24).notNullable();
    t.index(['member_id']);
    t.index(['workplace_id']);
  });

  await knex.schema.createTable('organizing_status_history', (t) => {
    t.increments('id');
    t.integer('member_id').notNullable().references('id').inTable('members').onDelete('CASCADE');
    t.string('from_status', 16);
    t.string('to_status', 16).notNullable();
    t.string('changed_at', 24).notNullable();
    t.integer('changed_by');
    t.string('note', 2000);
    t.index(['member_id', 'changed_at']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('organizing_status_history');
  await knex.schema.dropTable('employments');
  await knex.schema.dropTable('workplaces');
  await knex.schema.dropTable('members');
}
