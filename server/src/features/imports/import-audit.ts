import type { Knex } from 'knex';
import type { AuditEntry } from '../../audit/audit.repository';
import type { Actor } from '../../auth/policy';

/**
 * Writes audit rows of the shape AuditRepository.record writes, in batches: an import audits every
 * member it creates or changes, and one insert per row would dominate a large import.
 */
export async function recordMany(
  trx: Knex.Transaction,
  actor: Actor | null,
  entries: AuditEntry[],
): Promise<void> {
  if (!entries.length) return;
  const at = new Date().toISOString();
  const rows = entries.map((entry) => ({
    at,
    actor_user_id: actor?.userId ?? null,
    actor_role: actor?.role ?? null,
    chapter_id: entry.chapterId ?? null,
    entity: entry.entity,
    entity_id: entry.entityId == null ? null : String(entry.entityId),
    action: entry.action,
    before_json: entry.before === undefined ? null : JSON.stringify(entry.before),
    after_json: entry.after === undefined ? null : JSON.stringify(entry.after),
  }));
  await trx.batchInsert('audit_log', rows, 500);
}
