/**
 * Small-cell suppression for counts shown to the `national` role.
 * A count from 1 to threshold-1 becomes the string `<threshold`, so no figure points at a person.
 */
export type Count = number | string;

export const DEFAULT_SUPPRESSION_THRESHOLD = 5;

export function suppressLabel(threshold: number): string {
  return `<${threshold}`;
}

export function suppressCount(n: number, threshold: number): Count {
  return n > 0 && n < threshold ? suppressLabel(threshold) : n;
}

/** Marks a part hidden only so that a suppressed neighbour cannot be recovered by subtraction. */
export const COMPLEMENTARY = 'suppressed';

/**
 * Suppresses the parts of a breakdown whose total is shown beside it. Where exactly one part is
 * small, the total minus the others would reveal it, so the smallest other non-zero part is hidden
 * too (complementary suppression).
 */
export function suppressBreakdown<K extends string>(
  parts: Record<K, number>,
  threshold: number,
): Record<K, Count> {
  const out = {} as Record<K, Count>;
  const keys = Object.keys(parts) as K[];
  let small = 0;
  for (const k of keys) {
    out[k] = suppressCount(parts[k], threshold);
    if (typeof out[k] === 'string') small++;
  }
  if (small === 1) {
    const candidates = keys
      .filter((k) => typeof out[k] === 'number' && parts[k] > 0)
      .sort((a, b) => parts[a] - parts[b]);
    if (candidates[0] !== undefined) out[candidates[0]] = COMPLEMENTARY;
  }
  return out;
}

/** True when a count was shown as a number. */
export function isShown(c: Count): c is number {
  return typeof c === 'number';
}
