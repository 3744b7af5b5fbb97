import type { Knex } from 'knex';

/**
 * Secret ballots. Participation (who voted) and ballots (what was voted) are separate tables that
 * share nothing but the vote: a ballot row has no member, no time and no sequence, and its key is
 * random. On SQLite both are WITHOUT ROWID tables, so not even the hidden rowid keeps the order
 * of insertion; rows are stored, and read back, in key order.
 */
export async function up(knex: Knex): Promise<void> {
  const clustered = knex.client.config.client === 'pg' ? '' : ' WITHOUT ROWID';
  await knex.raw(`CREATE TABLE vote_participation (
    vote_id integer NOT NULL REFERENCES votes (id) ON DELETE CASCADE,
    member_id integer NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    source varchar(8) NOT NULL,
    PRIMARY KEY (vote_id, member_id)
  )${clustered}`);
  await knex.raw(`CREATE TABLE vote_ballots (
    id varchar(32) NOT NULL PRIMARY KEY,
    vote_id integer NOT NULL REFERENCES votes (id) ON DELETE CASCADE,
    choices_json text NOT NULL,
    receipt_hash varchar(64) NOT NULL UNIQUE
  )${clustered}`);
  await knex.raw('CREATE INDEX vote_ballots_vote_id_index ON vote_ballots (vote_id)');
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('vote_ballots');
  await knex.schema.dropTable('vote_participation');
}
