/** A row for a bulk insert: column name to value. */
export type Row = Record<string, string | number | boolean | null>;

export const DAY_MS = 86400_000;

/** ISO 8601 UTC timestamp, as the schema stores times. */
export const isoAt = (ms: number): string => new Date(ms).toISOString();

/** YYYY-MM-DD, as the schema stores dates. */
export const dayAt = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
