export interface AuditChange {
  key: string;
  before: unknown;
  after: unknown;
}

/** Bookkeeping fields that change with every write and say nothing about what changed. */
const NOISE = new Set(['version', 'updatedAt', 'createdAt']);

const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** The fields whose values differ between an entry's before and after, in the after's order. */
export function auditChanges(before: unknown, after: unknown): AuditChange[] {
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return (
    keys
      // A field absent on one side and empty on the other (a note never written) has not changed.
      .filter(
        (key) =>
          !NOISE.has(key) && JSON.stringify(b[key] ?? null) !== JSON.stringify(a[key] ?? null),
      )
      .map((key) => ({ key, before: b[key], after: a[key] }))
  );
}

const MAX = 60;

/** A value short enough for a table cell; undefined (absent) is told apart from null by the caller. */
export function showValue(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > MAX ? `${text.slice(0, MAX - 1)}…` : text;
}
