import type { Knex } from 'knex';

/**
 * Mail to members, written in the same transaction as what it announces and delivered after
 * commit by SMTP when configured; the rows stay as the record of what was sent to whom. A mailing
 * to every member stores its text once per language (outbox_messages, `{{name}}` where the
 * greeting goes) and one row per recipient (outbox).
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('outbox_messages', (t) => {
    t.increments('id');
    t.string('kind', 40).notNullable();
    t.integer('vote_id').references('id').inTable('votes').onDelete('SET NULL');
    t.string('language', 2).notNullable();
    t.string('subject', 300).notNullable();
    t.text('body_text').notNullable();
    t.string('created_at', 24).notNullable();
    t.index(['vote_id']);
  });
  await knex.schema.createTable('outbox', (t) => {
    t.increments('id');
    t.integer('message_id')
      .notNullable()
      .references('id')
      .inTable('outbox_messages')
      .onDelete('CASCADE');
    t.integer('member_id').references('id').inTable('members').onDelete('SET NULL');
    t.string('to_address', 254).notNullable();
    t.string('to_name', 120).notNullable();
    // 'queued' | 'sending' | 'sent' | 'failed'
    t.string('status', 8).notNullable().defaultTo('queued');
    t.integer('attempts').notNullable().defaultTo(0);
    t.string('last_error', 500);
    t.string('created_at', 24).notNullable();
    t.string('sent_at', 24);
    t.index(['status', 'id']);
    t.index(['message_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('outbox');
  await knex.schema.dropTable('outbox_messages');
}
