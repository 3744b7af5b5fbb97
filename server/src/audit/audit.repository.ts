import type { Knex } from 'knex';
import { DATA_VERSION_SHARDS } from '@shopfloor/db';
import type { Actor } from '../auth/policy';

export interface AuditEntry {
  entity: string;
  entityId?: number | string | null;
  action: string;
  chapterId?: number | null;
  before?: unknown;
  after?: unknown;
}

export interface AuditRecord {
  id: number;
  at: string;
  actorUserId: number | null;
  actorRole: string | null;
  chapterId: number | null;
  entity: string;
  entityId: string | null;
  action: string;
  before: unknown;
  after: unknown;
}

const READ_ONLY_ENTITIES = new Set(['auth', 'export']);

/**
 * Tells every cache, in every process, that data changed; call inside the writing transaction.
 * One of the version's counters, at random, so that concurrent writes rarely wait for each other.
 */
export async function bumpDataVersion(trx: Knex | Knex.Transaction): Promise<void> {
  const shard = Math.floor(Math.random() * DATA_VERSION_SHARDS);
  await trx('data_versions')
    .where('scope', shard === 0 ? 'data' : `data.${shard}`)
    .increment('version', 1);
}

/** The append-only audit log: every write is recorded in the same transaction as the write itself. */
export class AuditRepository {
  constructor(private readonly db: Knex) {}

  async record(
    trx: Knex | Knex.Transaction,
    actor: Actor | null,
    entry: AuditEntry,
  ): Promise<void> {
    await trx('audit_log').insert({
      at: new Date().toISOString(),
      actor_user_id: actor?.userId ?? null,
      actor_role: actor?.role ?? null,
      chapter_id: entry.chapterId ?? null,
      entity: entry.entity,
      entity_id: entry.entityId == null ? null : String(entry.entityId),
      action: entry.action,
      before_json: entry.before === undefined ? null : JSON.stringify(entry.before),
      after_json: entry.after === undefined ? null : JSON.stringify(entry.after),
    });
    // Reads that change nothing (failed logins, exports) leave the caches alone.
    if (!READ_ONLY_ENTITIES.has(entry.entity)) await bumpDataVersion(trx);
  }

  async list(filter: {
    chapterId?: number;
    entity?: string;
    from?: string;
    limit: number;
    beforeId?: number;
  }): Promise<AuditRecord[]> {
    const q = this.db('audit_log').orderBy('id', 'desc').limit(filter.limit);
    if (filter.chapterId !== undefined) q.where('chapter_id', filter.chapterId);
    if (filter.entity) q.where('entity', filter.entity);
    if (filter.from) q.where('at', '>=', filter.from);
    if (filter.beforeId) q.where('id', '<', filter.beforeId);
    const rows = await q;
    return rows.map((r) => ({
      id: r.id,
      at: r.at,
      actorUserId: r.actor_user_id,
      actorRole: r.actor_role,
      chapterId: r.chapter_id,
      entity: r.entity,
      entityId: r.entity_id,
      action: r.action,
      before: r.before_json ? JSON.parse(r.before_json) : null,
      after: r.after_json ? JSON.parse(r.after_json) : null,
    }));
  }
}
