import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('users', (t) => {
    t.increments('id');
    t.string('email', 254).notNullable().unique();
    t.string('password_hash', 255).notNullable();
    t.string('role', 12).notNullable();
    t.integer('chapter_id').references('id').inTable('chapters').onDelete('SET NULL');
    t.integer('member_id').references('id').inTable('members').onDelete('SET NULL');
    t.string('language', 2).notNullable().defaultTo('en');
    t.boolean('disabled').notNullable().defaultTo(false);
    t.integer('version').notNullable().defaultTo(0);
    t.string('created_at', 24).notNullable();
    t.string('updated_at', 24).notNullable();
  });

  await knex.schema.createTable('sessions', (t) => {
    // SHA-256 of the cookie token: a leaked table does not hand out live sessions.
    t.string('id_hash', 64).primary();
    t.integer('user_id').notNullable().references('id').inTable('users').onDelete('CASCADE');
    t.string('csrf_token', 64).notNullable();
    t.string('created_at', 24).notNullable();
    t.string('last_seen_at', 24).notNullable();
    t.string('expires_at', 24).notNullable();
    t.string('user_agent', 200);
    t.index(['user_id']);
  });

  await knex.schema.createTable('login_failures', (t) => {
    t.increments('id');
    // 'account:<email>' or 'address:<ip>'; kept in the database so throttling holds across processes.
    t.string('throttle_key', 300).notNullable();
    t.string('at', 24).notNullable();
    t.index(['throttle_key', 'at']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('login_failures');
  await knex.schema.dropTable('sessions');
  await knex.schema.dropTable('users');
}
