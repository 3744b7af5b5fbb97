import { censusSouth, states, type ChapterSizeClass } from '@shopfloor/shared';
import type { ZipPlace } from '../../zips';
import type { Rng } from '../random';
import { apportion, splitTotal } from './apportion';
import { chapterCitiesOf } from './chapter-cities';
import {
  defaultSpanishShare,
  regionMembershipFactor,
  spanishShareByCity,
  spanishShareByState,
  stateMembershipFactor,
  statePopulation2020,
} from './state-data';
import { distanceKm, medoid, nearestZips, type ZipIndex } from './zip-index';

export interface ChapterPlan {
  id: number;
  name: string;
  state: string;
  city: string;
  place: ZipPlace;
  sizeClass: ChapterSizeClass;
  hasLaborCommittee: boolean;
  hasClcDelegate: boolean;
  members: number;
  spanishShare: number;
  isSouth: boolean;
  /** ZIPs of the chapter's area, nearest first: where its members live and work. */
  nearZips: ZipPlace[];
}

type Site = Pick<ChapterPlan, 'city' | 'place' | 'sizeClass'> & { label: string };

/** One-ZIP towns well away from the state's other chapters. */
function ruralSites(r: Rng, zips: ZipIndex, state: string, taken: Site[], count: number): Site[] {
  const sites: Site[] = [];
  const towns = (zips.byState.get(state) ?? []).filter(
    (z) => zips.cityZips(state, z.city).length === 1,
  );
  for (let i = 0; i < count; i++) {
    for (const minKm of [80, 40, 15, 0]) {
      const away = towns.filter((z) =>
        [...taken, ...sites].every((s) => distanceKm(s.place, z) >= minKm),
      );
      if (!away.length) continue;
      const place = r.pick(away);
      sites.push({ label: place.city, city: place.city, place, sizeClass: 'rural' });
      break;
    }
  }
  return sites;
}

function stateSites(r: Rng, zips: ZipIndex, state: string, count: number): Site[] {
  const rural = count >= 2 ? Math.round(count * 0.22) : 0;
  const sites: Site[] = [];
  for (const c of chapterCitiesOf(state)) {
    if (sites.length >= count - rural) break;
    const place = medoid(zips.cityZips(state, c.city));
    if (place)
      sites.push({
        label: c.label,
        city: c.city,
        place,
        sizeClass: c.metro ? 'metro' : 'small_city',
      });
  }
  return [...sites, ...ruralSites(r, zips, state, sites, count - sites.length)];
}

const classWeight = { metro: 4, small_city: 2, rural: 0.5 } as const;

/** Plans the chapters: how many per state, where, how big, and with what labor infrastructure. */
export function planChapters(
  r: Rng,
  zips: ZipIndex,
  chapterCount: number,
  memberCount: number,
): ChapterPlan[] {
  const counts = apportion(
    new Map(states.map((s) => [s.code, statePopulation2020[s.code] ?? 1])),
    chapterCount,
  );
  const stateWeights = states.map(
    (s) =>
      (statePopulation2020[s.code] ?? 1) *
      (stateMembershipFactor[s.code] ?? regionMembershipFactor[s.region] ?? 1),
  );
  const stateMembers = splitTotal(memberCount, stateWeights);

  const plans: Omit<ChapterPlan, 'id' | 'name'>[] = [];
  const labels: string[] = [];
  states.forEach((s, si) => {
    const sites = stateSites(r, zips, s.code, counts.get(s.code) ?? 1);
    let metroRank = 0;
    const weights = sites.map((site) => {
      // The state's first metro is its flagship; later metros shrink toward, never below, the base.
      const flagship = site.sizeClass === 'metro' ? 8 * 0.7 ** metroRank++ : 0;
      return (classWeight[site.sizeClass] + flagship) * (0.8 + r.next() * 0.4);
    });
    const members = splitTotal(stateMembers[si] ?? 0, weights);
    sites.forEach((site, i) => {
      const lc = r.chance({ metro: 0.52, small_city: 0.26, rural: 0.1 }[site.sizeClass]);
      const size = Math.max(members[i] ?? 0, 1);
      labels.push(site.label);
      plans.push({
        state: s.code,
        city: site.city,
        place: site.place,
        sizeClass: site.sizeClass,
        hasLaborCommittee: lc,
        hasClcDelegate: r.chance(lc ? 0.42 : 0.06),
        members: size,
        spanishShare:
          spanishShareByCity[`${s.code}|${site.label}`] ??
          spanishShareByState[s.code] ??
          defaultSpanishShare,
        isSouth: censusSouth.includes(s.code),
        nearZips: nearestZips(
          zips.byState.get(s.code) ?? [],
          site.place,
          Math.min(250, Math.max(12, Math.round(size / 25))),
        ),
      });
    });
  });

  // Chapter names are unique: the larger chapter keeps the bare city name (Portland, OR over ME).
  const names = new Array<string>(plans.length);
  const used = new Set<string>();
  const bySize = plans
    .map((p, i) => ({ p, i }))
    .sort((a, b) => b.p.members - a.p.members || a.i - b.i);
  for (const { p, i } of bySize) {
    const label = labels[i] ?? p.city;
    let name = used.has(label) ? `${label}, ${p.state}` : label;
    for (let n = 2; used.has(name); n++) name = `${label}, ${p.state} ${n}`;
    used.add(name);
    names[i] = name;
  }
  return plans.map((p, i) => ({ ...p, id: i + 1, name: names[i] ?? p.city }));
}
