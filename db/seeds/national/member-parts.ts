import { organizingStatuses, type OrganizingStatus } from '@shopfloor/shared';
import type { Rng } from '../random';
import { memberUnions } from './industry-data';
import { DAY_MS, isoAt, type Row } from './time';
import type { WorkplaceRef } from './workplaces';

const unionized = (w: WorkplaceRef | undefined) =>
  w?.unionStatus === 'union' || w?.unionStatus === 'partial';

/** Most members have not started organizing at work; those with a mapped workplace go further. */
export function organizingStatusOf(r: Rng, w: WorkplaceRef | undefined): OrganizingStatus {
  if (!w) return r.weighted(organizingStatuses, [82, 13, 5, 0, 0, 0]);
  return r.weighted(organizingStatuses, [38, 22, 17, 12, 6, unionized(w) ? 5 : 0]);
}

/** The member's union: their workplace's when it has one, else one of the big national unions. */
export function unionOf(r: Rng, w: WorkplaceRef | undefined, staff: boolean) {
  const atWork = unionized(w) && w?.unionName && r.chance(0.75);
  if (!atWork && !staff && !r.chance(0.14)) return { member: false, name: null, local: null };
  const name =
    atWork && w?.unionName ? w.unionName : r.weighted(memberUnions.names, memberUnions.weights);
  const local = r.chance(0.8) ? `Local ${r.int(1, 3000)}` : null;
  return { member: true, name, local };
}

/** One history row per step up to the current status, at times spread between joining and `endMs`. */
export function historyRows(
  r: Rng,
  memberId: number,
  status: OrganizingStatus,
  startMs: number,
  endMs: number,
  nextId: () => number,
): Row[] {
  const steps = organizingStatuses.indexOf(status);
  const times = Array.from({ length: steps }, () => startMs + r.next() * (endMs - startMs)).sort(
    (a, b) => a - b,
  );
  return times.map((at, i) => ({
    id: nextId(),
    member_id: memberId,
    from_status: organizingStatuses[i] ?? null,
    to_status: organizingStatuses[i + 1] ?? 'not_started',
    changed_at: isoAt(Math.floor(at / 1000) * 1000),
    changed_by: null,
    note: null,
  }));
}

/** Unique addresses at example.org in the styles people actually pick. */
export function emailMaker(r: Rng) {
  const seen = new Map<string, number>();
  const clean = (s: string) =>
    s
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z]/g, '');
  return (first: string, last: string): string => {
    const f = clean(first);
    const l = clean(last);
    const base = r.weighted(
      [`${f}.${l}`, `${f}${l}`, `${f.slice(0, 1)}${l}`, `${f}_${l}`, `${l}.${f}`],
      [40, 20, 20, 10, 10],
    );
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return `${n === 1 ? base : `${base}${n}`}@example.org`;
  };
}

/** Joined over the last 24 months (more of them recently), plus about 30% who joined earlier. */
export function joinedDaysAgo(r: Rng): number {
  if (r.chance(0.7)) return 1 + Math.floor(729 * r.next() ** 1.25);
  return 731 + Math.floor(2920 * r.next());
}

export function lapseMs(r: Rng, joinedMs: number, daysAgo: number): number | null {
  const lapsed = daysAgo > 90 && r.chance(daysAgo > 730 ? 0.35 : 0.08);
  if (!lapsed) return null;
  const span = daysAgo - 1;
  // Members of under a year lapse after their first months, not all on the eve of today.
  return joinedMs + r.int(span < 365 ? 60 : 365, span) * DAY_MS;
}

export const leadershipNotes = [
  'Led the break-room petition on scheduling.',
  'Runs the phone tree for the pod.',
  'Co-chairs the chapter labor committee.',
  'Trained 12 coworkers in one-on-ones.',
  'Point person with the local union staff.',
  'Mapped the whole second shift.',
  'Spoke at the CLC meeting on the contract fight.',
];
