import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('campaigns', (t) => {
    t.increments('id');
    t.integer('workplace_id')
      .notNullable()
      .references('id')
      .inTable('workplaces')
      .onDelete('CASCADE');
    t.integer('chapter_id').notNullable().references('id').inTable('chapters').onDelete('CASCADE');
    t.string('kind', 20).notNullable().defaultTo('union_drive');
    t.string('program', 40);
    t.string('partner_union', 120);
    t.integer('unit_size');
    // Assessment counts on the 1–5 scale: 1 = leading supporter … 5 = opposed.
    t.integer('assess_1').notNullable().defaultTo(0);
    t.integer('assess_2').notNullable().defaultTo(0);
    t.integer('assess_3').notNullable().defaultTo(0);
    t.integer('assess_4').notNullable().defaultTo(0);
    t.integer('assess_5').notNullable().defaultTo(0);
    t.string('stage', 12).notNullable().defaultTo('mapping');
    t.string('approval', 12).notNullable().defaultTo('none');
    t.text('approval_metrics');
    t.text('approval_reason');
    t.string('outcome', 8);
    t.text('appraisal_worked');
    t.text('appraisal_didnt');
    t.string('started_on', 10).notNullable();
    // Set when the campaign first reaches a public stage; before that it is confidential.
    t.string('public_since', 24);
    t.integer('version').notNullable().defaultTo(0);
    t.string('created_at', 24).notNullable();
    t.string('updated_at', 24).notNullable();
    t.index(['chapter_id', 'stage']);
    t.index(['workplace_id']);
    t.index(['stage']);
  });
  await knex.schema.createTable('campaign_stage_history', (t) => {
    t.increments('id');
    t.integer('campaign_id')
      .notNullable()
      .references('id')
      .inTable('campaigns')
      .onDelete('CASCADE');
    t.string('from_stage', 12);
    t.string('to_stage', 12).notNullable();
    t.string('changed_at', 24).notNullable();
    t.integer('changed_by');
    t.string('note', 2000);
    t.index(['campaign_id', 'changed_at']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('campaign_stage_history');
  await knex.schema.dropTable('campaigns');
}
