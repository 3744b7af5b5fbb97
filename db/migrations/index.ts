import type { Knex } from 'knex';
import * as m0100 from './20261121000100_states';
import * as m0200 from './20261121000200_chapters';
import * as m0300 from './20261121000300_members_workplaces';
import * as m0400 from './20261121000400_users_sessions';
import * as m0500 from './20261121000500_audit_log';
import * as m0600 from './20261121000600_campaigns';
import * as m0700 from './20261121000700_data_version';
import * as m0800 from './20261121000800_pods';
import * as m0900 from './20261121000900_goals';
import * as m2000 from './20261121002000_votes';
import * as m2100 from './20261121002100_ballots';
import * as m2200 from './20261121002200_outbox';
import * as m3000 from './20261121003000_organizer_reserve';
import * as m3100 from './20261121003100_chapter_spanish_member_indexes';
import * as m4000 from './20261121004000_security';
import * as m5000 from './20261122000100_data_version_shards';

interface Migration {
  up(knex: Knex): Promise<void>;
  down(knex: Knex): Promise<void>;
}

/**
 * Migrations are listed here rather than read from the folder, so that tsx, Vitest and any
 * bundler load the same TypeScript modules. Append new ones; never edit one that has landed.
 */
const migrations: Record<string, Migration> = {
  '20261121000100_states': m0100,
  '20261121000200_chapters': m0200,
  '20261121000300_members_workplaces': m0300,
  '20261121000400_users_sessions': m0400,
  '20261121000500_audit_log': m0500,
  '20261121000600_campaigns': m0600,
  '20261121000700_data_version': m0700,
  '20261121000800_pods': m0800,
  '20261121000900_goals': m0900,
  '20261121002000_votes': m2000,
  '20261121002100_ballots': m2100,
  '20261121002200_outbox': m2200,
  '20261121003000_organizer_reserve': m3000,
  '20261121003100_chapter_spanish_member_indexes': m3100,
  '20261121004000_security': m4000,
  '20261122000100_data_version_shards': m5000,
};

export const migrationNames = Object.keys(migrations);

export const migrationSource: Knex.MigrationSource<string> = {
  getMigrations: async () => migrationNames,
  getMigrationName: (name) => name,
  getMigration: async (name) => migrations[name]!,
};
