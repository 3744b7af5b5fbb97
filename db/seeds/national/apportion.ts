/**
 * Huntington-Hill apportionment, as for the House: every state gets at least one seat, then each
 * further seat goes to the state with the highest priority value p / sqrt(n (n + 1)).
 */
export function apportion(
  weights: ReadonlyMap<string, number>,
  seats: number,
): Map<string, number> {
  const result = new Map<string, number>([...weights.keys()].map((k) => [k, 1]));
  for (let given = result.size; given < seats; given++) {
    let best = '';
    let bestPriority = -1;
    for (const [key, weight] of weights) {
      const n = result.get(key) ?? 1;
      const priority = weight / Math.sqrt(n * (n + 1));
      if (priority > bestPriority) [best, bestPriority] = [key, priority];
    }
    result.set(best, (result.get(best) ?? 1) + 1);
  }
  return result;
}

/** Splits a total into integer parts proportional to weights (largest remainder), summing exactly. */
export function splitTotal(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0) || 1;
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  const order = exact
    .map((x, i) => ({ i, rem: x - Math.floor(x) }))
    .sort((a, b) => b.rem - a.rem || a.i - b.i);
  let left = total - parts.reduce((a, b) => a + b, 0);
  for (const { i } of order) {
    if (left <= 0) break;
    parts[i] = (parts[i] ?? 0) + 1;
    left--;
  }
  return parts;
}
