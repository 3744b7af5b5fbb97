import type { Rng } from '../random';
import type { ChapterPlan } from './chapters';
import { industryByCode } from './industry-data';
import {
  emailMaker,
  historyRows,
  joinedDaysAgo,
  lapseMs,
  leadershipNotes,
  organizingStatusOf,
  unionOf,
} from './member-parts';
import { firstNames, lastNames, spanishFirstNames, spanishLastNames } from './names';
import { DAY_MS, dayAt, isoAt, type Row } from './time';
import { nearZip, pickWorkplace, type ChapterWorkplaces, type WorkplaceRef } from './workplaces';

export interface MemberRows {
  members: Row[];
  employments: Row[];
  history: Row[];
  /** The demo member (member@demo.test), first member of the featured chapter. */
  featuredMemberId: number | null;
}

const sources = ['campaign', 'event', 'online', 'other'] as const;

function employmentRow(
  r: Rng,
  id: number,
  memberId: number,
  w: WorkplaceRef,
  joinedMs: number,
  todayMs: number,
) {
  const jobs = industryByCode.get(w.industry)?.jobs ?? ['Worker'];
  const since = Math.min(joinedMs + r.int(-2500, 200) * DAY_MS, todayMs - DAY_MS);
  return {
    id,
    member_id: memberId,
    workplace_id: w.id,
    job_title: r.chance(0.9) ? r.pick(jobs) : null,
    since: dayAt(since),
    ended_on: null as string | null,
    shop_steward: w.unionStatus !== 'non_union' && w.unionStatus !== 'unknown' && r.chance(0.12),
    version: 0,
    created_at: isoAt(Math.max(since, joinedMs) + r.int(0, 86399) * 1000),
  };
}

/** Members of every chapter, their current (and some past) jobs, and their organizing history. */
export function generateMembers(
  r: Rng,
  chapters: readonly ChapterPlan[],
  workplaces: ReadonlyMap<number, ChapterWorkplaces>,
  today: Date,
  featuredChapterId: number | null,
): MemberRows {
  const out: MemberRows = { members: [], employments: [], history: [], featuredMemberId: null };
  const todayMs = today.getTime();
  const todayMidnight = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  const email = emailMaker(r);
  let historyId = 0;
  const nextHistoryId = () => ++historyId;
  for (const c of chapters) {
    const sites = workplaces.get(c.id);
    for (let i = 0; i < c.members; i++) {
      const id = out.members.length + 1;
      const featured = c.id === featuredChapterId && i === 0;
      const spanish = !featured && r.chance(c.spanishShare);
      const first = featured ? 'Keisha' : r.pick(spanish ? spanishFirstNames : firstNames);
      const hispanicSurname = spanish ? r.chance(0.9) : r.chance(c.spanishShare);
      const last = featured ? 'Bell' : r.pick(hispanicSurname ? spanishLastNames : lastNames);
      const daysAgo = featured ? 400 : joinedDaysAgo(r);
      const joinedMs = todayMidnight - daysAgo * DAY_MS;
      const lapsedMs = featured ? null : lapseMs(r, joinedMs, daysAgo);
      const employed = Boolean(sites?.refs.length) && (featured || r.chance(0.55));
      const healthSite = featured ? sites?.refs.find((w) => w.industry === '62') : undefined;
      const work = employed && sites ? (healthSite ?? pickWorkplace(r, sites)) : undefined;
      const staff = !featured && r.chance(0.02);
      const union = unionOf(r, work, staff || featured);
      const status = featured ? 'committee' : organizingStatusOf(r, work);
      const source = work && r.chance(0.3) ? 'workplace' : r.weighted(sources, [12, 28, 40, 10]);
      const startMs = joinedMs + DAY_MS / 2;
      const history = historyRows(
        r,
        id,
        status,
        startMs,
        Math.min(lapsedMs ?? todayMs, todayMs),
        nextHistoryId,
      );
      out.history.push(...history);
      const lastChange = history.at(-1)?.changed_at;
      const createdAt = isoAt(startMs + r.int(0, 43199) * 1000);
      out.members.push({
        id,
        chapter_id: c.id,
        ak_id: String(300000 + id),
        first_name: first,
        last_name: last,
        email: email(first, last),
        phone: r.chance(0.75)
          ? `(${r.int(201, 989)}) 555-${String(r.int(100, 9999)).padStart(4, '0')}`
          : null,
        zip: nearZip(r, c).zip,
        preferred_language: spanish ? 'es' : 'en',
        joined_on: dayAt(joinedMs),
        lapsed_on: lapsedMs === null ? null : dayAt(lapsedMs),
        status: lapsedMs === null ? 'good_standing' : 'lapsed',
        recruitment_source: source,
        recruited_by:
          source !== 'online' && r.chance(0.4)
            ? `${r.pick(firstNames)} ${r.pick(lastNames)}`
            : null,
        union_member: union.member,
        union_name: featured ? 'SEIU' : union.name,
        union_local: featured ? 'Local 1199' : union.local,
        union_staff: staff,
        organizing_status: status,
        leadership_notes:
          featured || (status !== 'not_started' && status !== 'trained' && r.chance(0.15))
            ? r.pick(leadershipNotes)
            : null,
        version: 0,
        created_at: createdAt,
        updated_at:
          [createdAt, lastChange, lapsedMs === null ? null : isoAt(lapsedMs)]
            .filter((t): t is string => typeof t === 'string')
            .sort()
            .at(-1) ?? createdAt,
      });
      if (featured) out.featuredMemberId = id;
      if (work) {
        const job = employmentRow(r, out.employments.length + 1, id, work, joinedMs, todayMs);
        out.employments.push(featured ? { ...job, job_title: 'Certified Nursing Assistant' } : job);
      }
      // Some members changed jobs: the old one stays on record, ended.
      const past = sites && !featured && r.chance(0.1) ? pickWorkplace(r, sites) : undefined;
      if (past && past.id !== work?.id) {
        const job = employmentRow(
          r,
          out.employments.length + 1,
          id,
          past,
          joinedMs - 900 * DAY_MS,
          todayMs,
        );
        const endMs = Math.min(
          Date.parse(job.since) + r.int(90, 1500) * DAY_MS,
          todayMs - 30 * DAY_MS,
        );
        if (endMs > Date.parse(job.since)) {
          out.employments.push({
            ...job,
            ended_on: dayAt(endMs),
            shop_steward: false,
            created_at: createdAt,
          });
        }
      }
    }
  }
  return out;
}
