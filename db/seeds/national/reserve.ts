import { censusSouth, reserveSkills } from '@shopfloor/shared';
import type { Rng } from '../random';
import type { ChapterPlan } from './chapters';
import { DAY_MS, dayAt, isoAt, type Row } from './time';

const experienced = new Set(['committee', 'campaign', 'unionized']);

function some<T>(r: Rng, items: readonly T[], min: number, max: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  for (let n = r.int(min, max); n > 0 && pool.length; n--)
    out.push(pool.splice(Math.floor(r.next() * pool.length), 1)[0]!);
  return out;
}

/**
 * About 400 experienced members in the organizer reserve (committee builders and campaign veterans
 * first), who mostly offer to help in the South, and about 80 mentorships with Southern chapters
 * that have no labor committee yet (and some with members).
 */
export function generateReserve(
  r: Rng,
  o: {
    chapters: readonly ChapterPlan[];
    members: readonly Row[];
    industryOf: ReadonlyMap<number, string>;
    nationalUserId: number | null;
    today: Date;
    count?: number;
    mentorships?: number;
  },
) {
  const todayMs = o.today.getTime();
  const chapterOf = new Map(o.chapters.map((c) => [c.id, c]));
  const southStates = [...censusSouth];
  const candidates = o.members.filter(
    (m) => m.status === 'good_standing' && experienced.has(m.organizing_status as string),
  );
  const reserve: Row[] = [];
  const taken = new Set<number>();
  const wanted = Math.min(o.count ?? 400, candidates.length);
  while (reserve.length < wanted) {
    const m = r.pick(candidates);
    const id = m.id as number;
    if (taken.has(id)) continue;
    taken.add(id);
    const home = chapterOf.get(m.chapter_id as number)!;
    const states = new Set([home.state]);
    if (home.isSouth || r.chance(0.7)) for (const st of some(r, southStates, 1, 4)) states.add(st);
    const industry = o.industryOf.get(id);
    const created = todayMs - r.int(10, 540) * DAY_MS;
    reserve.push({
      id: reserve.length + 1,
      member_id: id,
      skills: JSON.stringify(some(r, reserveSkills, 2, 5)),
      languages: JSON.stringify(
        m.preferred_language === 'es' || r.chance(0.18) ? ['en', 'es'] : ['en'],
      ),
      hours_per_month: r.pick([4, 6, 8, 10, 12, 16, 20, 30]),
      states: JSON.stringify([...states].sort()),
      industries: JSON.stringify(industry ? [industry] : []),
      withdrawn_at: r.chance(0.04) ? isoAt(created + r.int(5, 60) * DAY_MS) : null,
      version: 0,
      created_at: isoAt(created),
      updated_at: isoAt(created),
    });
  }

  const gaps = o.chapters.filter((c) => c.isSouth && !c.hasLaborCommittee);
  const active = reserve.filter((x) => x.withdrawn_at === null);
  const mentorships: Row[] = [];
  for (let i = 0; i < (o.mentorships ?? 80) && active.length && gaps.length; i++) {
    const mentor = r.pick(active);
    const mentee = r.chance(0.15) ? r.pick(o.members) : null;
    const memberId = mentee && mentee.id !== mentor.member_id ? (mentee.id as number) : null;
    const created = Math.max(Date.parse(mentor.created_at as string), todayMs - 400 * DAY_MS);
    const started = created + r.int(3, 30) * DAY_MS;
    const ended = Math.min(started + r.int(60, 240) * DAY_MS, todayMs - DAY_MS);
    let status = r.weighted(['proposed', 'active', 'ended'] as const, [25, 55, 20]);
    if (started >= todayMs || (status === 'ended' && ended <= started)) status = 'proposed';
    mentorships.push({
      id: i + 1,
      reserve_id: mentor.id as number,
      chapter_id: memberId ? null : r.pick(gaps).id,
      member_id: memberId,
      status,
      notes: memberId
        ? 'One-on-one coaching while they build a committee at work'
        : 'Helping the chapter stand up a labor committee: mapping, first training, a pod',
      started_on: status === 'proposed' ? null : dayAt(started),
      ended_on: status === 'ended' ? dayAt(ended) : null,
      created_by: o.nationalUserId,
      version: status === 'proposed' ? 0 : status === 'active' ? 1 : 2,
      created_at: isoAt(created),
      updated_at: isoAt(status === 'proposed' ? created : status === 'active' ? started : ended),
    });
  }
  return { reserve, mentorships };
}
