import {
  normalizeEmployer,
  stateByCode,
  type IndustryCode,
  type UnionStatus,
} from '@shopfloor/shared';
import type { ZipPlace } from '../../zips';
import type { Rng } from '../random';
import { splitTotal } from './apportion';
import type { ChapterPlan } from './chapters';
import { nationalEmployers, type NationalEmployer } from './employer-pool';
import { industries, sizes, unionStatusList, type IndustryProfile } from './industry-data';
import {
  fill,
  localSiteKind,
  localTemplatesOf,
  siteName,
  type FillContext,
} from './local-employers';
import { lastNames } from './names';
import { DAY_MS, isoAt, type Row } from './time';

export interface WorkplaceRef {
  id: number;
  industry: IndustryCode;
  unionStatus: UnionStatus;
  unionName: string | null;
}

export interface ChapterWorkplaces {
  refs: WorkplaceRef[];
  /** Cumulative weights over refs: members are likelier to work at larger sites. */
  cumulative: number[];
}

const sizeWeight = { '1-9': 1, '10-49': 1.5, '50-249': 2.5, '250-999': 4, '1000+': 6 } as const;
const industryWeights = industries.map((i) => i.weight);
const sectorWeight = new Map<string, number>();
for (const e of nationalEmployers)
  sectorWeight.set(e.industry, (sectorWeight.get(e.industry) ?? 0) + e.weight);

/** A ZIP near the chapter: the nearest ones are the likeliest. */
export const nearZip = (r: Rng, c: ChapterPlan): ZipPlace =>
  c.nearZips[Math.floor(c.nearZips.length * r.next() ** 1.8)] ?? c.place;

function nationalsFor(cache: Map<string, NationalEmployer[]>, state: string, industry: string) {
  const key = `${state}|${industry}`;
  let found = cache.get(key);
  if (!found) {
    found = nationalEmployers.filter(
      (e) => e.industry === industry && (e.states.length === 0 || e.states.includes(state)),
    );
    cache.set(key, found);
  }
  return found;
}

function unionOf(r: Rng, profile: IndustryProfile, national: NationalEmployer | null) {
  let status: UnionStatus;
  if (national) {
    if (national.unions.length && r.chance(national.unionShare)) {
      status = r.chance(0.2) ? 'partial' : 'union';
    } else status = r.chance(0.75) ? 'non_union' : 'unknown';
  } else status = r.weighted(unionStatusList, profile.unionWeights);
  if (status !== 'union' && status !== 'partial') return { status, name: null };
  const pool = national?.unions.length ? national.unions : profile.unions;
  return { status, name: pool[Math.floor(pool.length * r.next() ** 2)] ?? null };
}

interface Employer {
  profile: IndustryProfile;
  zip: ZipPlace;
  national: NationalEmployer | null;
  name: string;
  key: string;
  ctx: FillContext;
}

function drawEmployer(
  r: Rng,
  c: ChapterPlan,
  stateName: string,
  cache: Map<string, NationalEmployer[]>,
): Employer {
  const profile = r.weighted(industries, industryWeights);
  const zip = nearZip(r, c);
  const ctx = { city: r.chance(0.7) ? zip.city : c.city, state: c.state, stateName, lastNames };
  const nationals = nationalsFor(cache, c.state, profile.code);
  // Where only a few of the sector's national employers operate, local employers fill the gap.
  const present = nationals.reduce((sum, e) => sum + e.weight, 0);
  const national =
    nationals.length &&
    r.chance((profile.national * present) / (sectorWeight.get(profile.code) ?? 1))
      ? r.weighted(
          nationals,
          nationals.map((e) => e.weight),
        )
      : null;
  const name = national ? national.name : fill(r, r.pick(localTemplatesOf(profile.code)), ctx);
  return { profile, zip, national, name, key: normalizeEmployer(name), ctx };
}

/** Workplaces near each chapter, in proportion to its members; returns rows and per-chapter refs. */
export function generateWorkplaces(
  r: Rng,
  chapters: readonly ChapterPlan[],
  total: number,
  today: Date,
) {
  const rows: Row[] = [];
  const byChapter = new Map<number, ChapterWorkplaces>();
  const cache = new Map<string, NationalEmployer[]>();
  const counts = splitTotal(
    total,
    chapters.map((c) => c.members),
  );
  chapters.forEach((c, ci) => {
    const stateName = stateByCode.get(c.state)?.name ?? c.state;
    // The schema holds one workplace per employer and ZIP in a chapter: draw again on a repeat.
    const taken = new Set<string>();
    const refs: WorkplaceRef[] = [];
    const cumulative: number[] = [];
    for (let i = 0; i < (counts[ci] ?? 0); i++) {
      let e = drawEmployer(r, c, stateName, cache);
      while (taken.has(`${e.key}|${e.zip.zip}`)) e = drawEmployer(r, c, stateName, cache);
      taken.add(`${e.key}|${e.zip.zip}`);

      const id = rows.length + 1;
      const size = e.national ? r.pick(e.national.sizes) : r.weighted(sizes, e.profile.sizeWeights);
      const union = unionOf(r, e.profile, e.national);
      const siteKind = e.national ? e.national.site : localSiteKind(e.name);
      const siteCtx = { ...e.ctx, city: e.zip.city };
      const created = today.getTime() - r.int(1, 900) * DAY_MS - r.int(0, 86399) * 1000;
      rows.push({
        id,
        chapter_id: c.id,
        employer: e.name,
        employer_key: e.key,
        site_name: siteKind ? siteName(r, siteKind, siteCtx) : r.chance(0.3) ? e.zip.city : null,
        address: r.chance(0.7) ? `${r.int(1, 9899)} ${fill(r, '{street}', siteCtx)}` : null,
        city: e.zip.city,
        state: e.zip.state,
        zip: e.zip.zip,
        lat: e.zip.lat,
        lng: e.zip.lng,
        industry: e.profile.code,
        size,
        union_status: union.status,
        union_name: union.name,
        confirmed: r.chance(0.92),
        version: 0,
        created_at: isoAt(created),
        updated_at: isoAt(Math.min(created + r.int(0, 120) * DAY_MS, today.getTime())),
      });
      refs.push({ id, industry: e.profile.code, unionStatus: union.status, unionName: union.name });
      cumulative.push((cumulative[cumulative.length - 1] ?? 0) + sizeWeight[size]);
    }
    byChapter.set(c.id, { refs, cumulative });
  });
  return { rows, byChapter };
}

/** Picks a workplace of the chapter, weighted by size (binary search over cumulative weights). */
export function pickWorkplace(r: Rng, w: ChapterWorkplaces): WorkplaceRef | undefined {
  const total = w.cumulative[w.cumulative.length - 1] ?? 0;
  const target = r.next() * total;
  let lo = 0;
  let hi = w.cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((w.cumulative[mid] ?? 0) > target) hi = mid;
    else lo = mid + 1;
  }
  return w.refs[lo];
}
