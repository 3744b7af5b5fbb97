import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('audit_log', (t) => {
    t.increments('id');
    t.string('at', 24).notNullable();
    t.integer('actor_user_id');
    t.string('actor_role', 12);
    t.integer('chapter_id');
    t.string('entity', 40).notNullable();
    t.string('entity_id', 40);
    t.string('action', 40).notNullable();
    t.text('before_json');
    t.text('after_json');
    t.index(['chapter_id', 'at']);
    t.index(['entity', 'entity_id']);
  });
  // Append-only, enforced by the database itself and not only by the code.
  if (knex.client.config.client === 'pg') {
    await knex.raw(`
      CREATE FUNCTION audit_log_append_only() RETURNS trigger AS $$
      BEGIN RAISE EXCEPTION 'audit_log is append-only'; END; $$ LANGUAGE plpgsql;
      CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
        FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();`);
  } else {
    await knex.raw(`CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;`);
    await knex.raw(`CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;`);
  }
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('audit_log');
  if (knex.client.config.client === 'pg')
    await knex.raw('DROP FUNCTION IF EXISTS audit_log_append_only()');
}
