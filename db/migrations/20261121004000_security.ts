import { randomBytes } from 'node:crypto';
import type { Knex } from 'knex';

/**
 * Issue 8 (OWASP ASVS level 2): a public id per session (so a user can list and end sessions
 * without ever seeing the hash the cookie is looked up by), TOTP second factor per user, and an
 * append-only log of refused requests kept apart from the audit log, which records changes.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('sessions', (t) => {
    t.string('public_id', 32);
  });
  // Sessions that exist already get an id of their own before the column is made unique.
  const existing: { id_hash: string }[] = await knex('sessions').select('id_hash');
  for (const s of existing)
    await knex('sessions')
      .where('id_hash', s.id_hash)
      .update({ public_id: randomBytes(16).toString('base64url') });
  await knex.schema.alterTable('sessions', (t) => {
    t.unique(['public_id']);
  });

  await knex.schema.alterTable('users', (t) => {
    // 'gcm:<iv>:<tag>:<ciphertext>' under TOTP_KEY, or 'plain:<base32>' without a key.
    t.string('totp_secret', 200);
    // Null while enrolment is pending (a secret was issued but no code confirmed it yet).
    t.string('totp_enabled_at', 24);
    // The last 30-second step a code was accepted for: a code is never accepted twice.
    t.bigInteger('totp_last_step');
  });

  await knex.schema.createTable('security_log', (t) => {
    t.increments('id');
    t.string('at', 24).notNullable();
    t.string('entity', 40).notNullable();
    t.string('action', 40).notNullable();
    t.integer('actor_user_id');
    t.string('actor_role', 12);
    t.string('method', 8);
    t.string('route', 200);
    t.integer('status');
    t.string('code', 40);
    t.index(['at']);
  });
  if (knex.client.config.client === 'pg') {
    await knex.raw(`
      CREATE FUNCTION security_log_append_only() RETURNS trigger AS $$
      BEGIN RAISE EXCEPTION 'security_log is append-only'; END; $$ LANGUAGE plpgsql;
      CREATE TRIGGER security_log_no_change BEFORE UPDATE OR DELETE ON security_log
        FOR EACH ROW EXECUTE FUNCTION security_log_append_only();`);
  } else {
    await knex.raw(`CREATE TRIGGER security_log_no_update BEFORE UPDATE ON security_log
      BEGIN SELECT RAISE(ABORT, 'security_log is append-only'); END;`);
    await knex.raw(`CREATE TRIGGER security_log_no_delete BEFORE DELETE ON security_log
      BEGIN SELECT RAISE(ABORT, 'security_log is append-only'); END;`);
  }
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('security_log');
  if (knex.client.config.client === 'pg')
    await knex.raw('DROP FUNCTION IF EXISTS security_log_append_only()');
  // ALTER TABLE … DROP COLUMN, not Knex's dropColumn: on SQLite that copies and drops the users
  // table, and the drop would cascade to every session and pod coordinator.
  const drops: [string, string][] = [
    ['users', 'totp_last_step'],
    ['users', 'totp_enabled_at'],
    ['users', 'totp_secret'],
    ['sessions', 'public_id'],
  ];
  if (knex.client.config.client === 'pg')
    await knex.raw('ALTER TABLE sessions DROP CONSTRAINT sessions_public_id_unique');
  else await knex.raw('DROP INDEX sessions_public_id_unique');
  for (const [table, column] of drops)
    await knex.raw('ALTER TABLE ?? DROP COLUMN ??', [table, column]);
}
