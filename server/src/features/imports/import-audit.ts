import type { Knex } from 'knex';
import type { AuditEntry } from '../../audit/audit.repository';
import type { Actor } from '../../auth/policy';

const columns = [
  'at',
  'actor_user_id',
  'actor_role',
  'chapter_id',
  'entity',
  'entity_id',
  'action',
  'before_json',
  'after_json',
] as const;
/** Rows per statement: 9 parameters each stays far below SQLite's limit of 32,766 variables. */
const CHUNK = 2000;

/**
 * Writes audit rows of the shape AuditRepository.record writes, many per statement: an import
 * audits every member it creates or changes. A plain multi-row VALUES insert, because knex
 * compiles a batch for SQLite as UNION ALL selects (500 at most), which costs more than the write.
 */
export async function recordMany(
  trx: Knex.Transaction,
  actor: Actor | null,
  entries: AuditEntry[],
): Promise<void> {
  const at = new Date().toISOString();
  const row = `(${columns.map(() => '?').join(', ')})`;
  for (let i = 0; i < entries.length; i += CHUNK) {
    const chunk = entries.slice(i, i + CHUNK);
    const bindings: Knex.Value[] = [];
    for (const entry of chunk) {
      bindings.push(
        at,
        actor?.userId ?? null,
        actor?.role ?? null,
        entry.chapterId ?? null,
        entry.entity,
        entry.entityId == null ? null : String(entry.entityId),
        entry.action,
        entry.before === undefined ? null : JSON.stringify(entry.before),
        entry.after === undefined ? null : JSON.stringify(entry.after),
      );
    }
    await trx.raw(
      `insert into audit_log (${columns.join(', ')}) values ${chunk.map(() => row).join(', ')}`,
      bindings,
    );
  }
}
