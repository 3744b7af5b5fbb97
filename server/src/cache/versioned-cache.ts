import { readerOf } from '@shopfloor/db';
import type { Knex } from 'knex';

/**
 * Values computed from the database and kept until the data version moves. Every audited write
 * bumps the version in its own transaction, so a value is never served after a committed change,
 * whichever server process made it.
 */
export class VersionedCache<T> {
  private readonly entries = new Map<string, { version: string; value: Promise<T> }>();

  constructor(private readonly db: Knex) {}

  async version(): Promise<string> {
    // On a reader: a committed write is seen at once, and the check never queues behind one.
    // The version is the sum of its counters (each write bumps one): it moves with every commit.
    const row = await readerOf(this.db)('data_versions').sum({ version: 'version' }).first();
    return String(row?.version ?? 0);
  }

  async get(key: string, compute: () => Promise<T>): Promise<T> {
    const version = await this.version();
    const hit = this.entries.get(key);
    if (hit && hit.version === version) return hit.value;
    const value = compute();
    this.entries.set(key, { version, value });
    value.catch(() => this.entries.delete(key));
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}
