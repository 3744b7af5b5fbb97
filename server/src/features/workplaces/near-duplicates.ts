import type { WorkplaceSummary } from '@shopfloor/shared';

function tokens(key: string): Set<string> {
  return new Set(key.split(' ').filter(Boolean));
}

/** How alike two normalized employer names are, from 0 to 1 (token overlap, or one name inside the other). */
export function nameSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const compactA = a.replace(/ /g, '');
  const compactB = b.replace(/ /g, '');
  if (compactA === compactB) return 1;
  if (
    compactA.length >= 4 &&
    compactB.length >= 4 &&
    (compactA.includes(compactB) || compactB.includes(compactA))
  )
    return 0.9;
  const ta = tokens(a);
  const tb = tokens(b);
  const shared = [...ta].filter((t) => tb.has(t)).length;
  return shared / (ta.size + tb.size - shared || 1);
}

export interface DuplicatePair {
  a: WorkplaceSummary;
  b: WorkplaceSummary;
  similarity: number;
  reason: 'same_zip' | 'same_city';
}

/**
 * Pairs of a chapter's workplaces that are probably one place entered twice: alike names at the
 * same ZIP, or the same name in the same city.
 */
export function findNearDuplicates(
  workplaces: WorkplaceSummary[],
  threshold = 0.6,
): DuplicatePair[] {
  const pairs: DuplicatePair[] = [];
  const keys = workplaces.map((w) => ({
    w,
    key: w.employer
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim(),
  }));
  for (let i = 0; i < keys.length; i++) {
    for (let j = i + 1; j < keys.length; j++) {
      const x = keys[i]!;
      const y = keys[j]!;
      const sameZip = x.w.zip === y.w.zip;
      const sameCity = !!x.w.city && x.w.city === y.w.city && x.w.state === y.w.state;
      if (!sameZip && !sameCity) continue;
      const sim = nameSimilarity(x.key, y.key);
      if (
        sameZip ? sim >= threshold : sim >= 0.95 && (x.w.siteName ?? '') === (y.w.siteName ?? '')
      ) {
        pairs.push({
          a: x.w,
          b: y.w,
          similarity: Math.round(sim * 100) / 100,
          reason: sameZip ? 'same_zip' : 'same_city',
        });
      }
    }
  }
  return pairs.sort((p, q) => q.similarity - p.similarity);
}
