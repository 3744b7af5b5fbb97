import { stateByCode } from '@shopfloor/shared';
import { allZips, type ZipPlace } from '../../zips';

// Military bases, IRS and business-reply ZIPs are real but make odd cities for a workplace map.
const oddPlace =
  /\b(afb|air force|army|naval|navy|annex|irs|internal revenue|brm|reply|parcel|box|service|ctr)\b|[&\d]/i;

export interface ZipIndex {
  byState: Map<string, ZipPlace[]>;
  cityZips(state: string, city: string): ZipPlace[];
}

function push<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

const cityKey = (city: string) => city.toLowerCase().replace(/[^a-z]/g, '');

/** ZIP centroids of the 50 states and DC, sorted by ZIP so every run sees the same order. */
export function buildZipIndex(): ZipIndex {
  const byState = new Map<string, ZipPlace[]>();
  const byCity = new Map<string, ZipPlace[]>();
  const zips = allZips()
    .filter((z) => stateByCode.has(z.state) && z.lat && z.lng && !oddPlace.test(z.city))
    .sort((a, b) => a.zip.localeCompare(b.zip));
  for (const z of zips) {
    push(byState, z.state, z);
    push(byCity, `${z.state}|${cityKey(z.city)}`, z);
  }
  return {
    byState,
    cityZips: (state, city) => byCity.get(`${state}|${cityKey(city)}`) ?? [],
  };
}

/** Great-circle distance in kilometres. */
export function distanceKm(
  a: { lat: number; lng: number },
  b: { lat: number; lng: number },
): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(h));
}

/** The ZIP nearest to all the others of a city: its centre, robust to outlying PO-box ZIPs. */
export function medoid(zips: readonly ZipPlace[]): ZipPlace | undefined {
  let best: ZipPlace | undefined;
  let bestSum = Infinity;
  for (const a of zips) {
    let sum = 0;
    for (const b of zips) sum += distanceKm(a, b);
    if (sum < bestSum) [best, bestSum] = [a, sum];
  }
  return best;
}

/** The state's ZIPs ordered by distance from a point, nearest first. */
export function nearestZips(zips: readonly ZipPlace[], from: ZipPlace, count: number): ZipPlace[] {
  return zips
    .map((z) => ({ z, d: distanceKm(from, z) }))
    .sort((a, b) => a.d - b.d || a.z.zip.localeCompare(b.z.zip))
    .slice(0, count)
    .map((x) => x.z);
}
