import { COMPLEMENTARY, suppressCount, type Count } from '@shopfloor/shared';

export interface Suppressor {
  threshold: number | null;
  /** A count this caller may not see exactly (1 to threshold-1). */
  isSmall(n: number): boolean;
  count(n: number): Count;
  /** A breakdown shown beside its total (complementary suppression). */
  parts<K extends string>(parts: Record<K, number>, forced?: (k: K) => boolean): Record<K, Count>;
  /** A part of a whole shown beside it: hidden too when what is left over is small. */
  partOf(part: number, whole: number): Count;
  /** part / whole to three places; null when either is hidden or the whole is zero. */
  share(part: Count, whole: Count): number | null;
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Small-cell suppression for one caller (threshold null: exact). Breakdowns follow the shared
 * suppressBreakdown rule; `forced` hides parts a figure elsewhere would give away (a small
 * remainder), and then the rule that no part may be the only one hidden still holds.
 */
export function suppressor(threshold: number | null): Suppressor {
  const small = (n: number) => threshold !== null && n > 0 && n < threshold;
  const count = (n: number): Count => (threshold === null ? n : suppressCount(n, threshold));
  return {
    threshold,
    isSmall: small,
    count,
    parts<K extends string>(parts: Record<K, number>, forced?: (k: K) => boolean) {
      const keys = Object.keys(parts) as K[];
      const out = {} as Record<K, Count>;
      for (const k of keys) out[k] = count(parts[k]);
      if (threshold === null) return out;
      for (const k of keys) if (forced?.(k) && parts[k] > 0) out[k] = COMPLEMENTARY;
      const hidden = keys.filter((k) => typeof out[k] === 'string').length;
      if (hidden === 1) {
        const next = keys
          .filter((k) => typeof out[k] === 'number' && parts[k] > 0)
          .sort((a, b) => parts[a] - parts[b])[0];
        if (next !== undefined) out[next] = COMPLEMENTARY;
      }
      return out;
    },
    partOf(part: number, whole: number) {
      if (small(part) || small(whole)) return count(part);
      return small(whole - part) ? COMPLEMENTARY : part;
    },
    share(part: Count, whole: Count) {
      if (typeof part !== 'number' || typeof whole !== 'number' || whole === 0) return null;
      return round3(part / whole);
    },
  };
}
