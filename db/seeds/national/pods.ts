import { naicsSectors, stateByCode } from '@shopfloor/shared';
import type { Rng } from '../random';
import type { ChapterPlan } from './chapters';
import { DAY_MS, dayAt, isoAt, type Row } from './time';

export interface PodInputs {
  chapters: readonly ChapterPlan[];
  workplaces: readonly Row[];
  members: readonly Row[];
  employments: readonly Row[];
  /** The chapter of chapter@demo.test, whose first two pods organizer@demo.test coordinates. */
  loginChapterId: number;
  /** The id of organizer@demo.test. */
  demoOrganizerId: number;
  firstUserId: number;
  passwordHash: string;
  today: Date;
}

export interface PodPlan {
  id: number;
  chapterId: number | null;
  createdMs: number;
  memberIds: number[];
}

export interface PodRows {
  users: Row[];
  pods: Row[];
  coordinators: Row[];
  podMembers: Row[];
  plans: PodPlan[];
}

const sectorName = new Map(naicsSectors.map((s) => [s.code as string, s.name]));
const short = (code: string) => (sectorName.get(code) ?? code).split(/,| and /)[0]!.trim();
const regions = ['northeast', 'midwest', 'south', 'west'] as const;

/** How many industry pods a chapter runs: more in bigger chapters. */
const podsFor = (members: number) =>
  members >= 1000 ? 5 : members >= 600 ? 4 : members >= 300 ? 3 : 2;

/** The map's entry for the key, created when missing. */
function push<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let v = map.get(key);
  if (v === undefined) map.set(key, (v = make()));
  return v;
}

function sample<T>(r: Rng, items: readonly T[], n: number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(r.next() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, n);
}

/**
 * Industry labor pods (about 600): most per chapter and industry, with the chapter's members who
 * work in that industry; some at one large workplace; a few per region and for the nation. Each
 * has an organizer (organizer<n>@national.test, sharing the demo password hash).
 */
export function generatePods(r: Rng, o: PodInputs): PodRows {
  const todayMs = o.today.getTime();
  const industryOf = new Map(o.workplaces.map((w) => [w.id as number, w.industry as string]));
  const chapterOf = new Map(o.members.map((m) => [m.id as number, m.chapter_id as number]));
  const stateOf = new Map(o.chapters.map((c) => [c.id, c.state]));
  // chapter → industry → members working there now; workplace → members working there now.
  const byChapter = new Map<number, Map<string, number[]>>();
  const atWorkplace = new Map<number, number[]>();
  for (const e of o.employments) {
    if (e.ended_on !== null) continue;
    const memberId = e.member_id as number;
    const chapterId = chapterOf.get(memberId)!;
    const industry = industryOf.get(e.workplace_id as number)!;
    push(
      push(byChapter, chapterId, () => new Map<string, number[]>()),
      industry,
      () => [],
    ).push(memberId);
    push(atWorkplace, e.workplace_id as number, () => []).push(memberId);
  }

  const out: PodRows = { users: [], pods: [], coordinators: [], podMembers: [], plans: [] };
  const addPod = (p: {
    name: string;
    industry: string;
    scope: string;
    chapterId: number | null;
    region?: string;
    workplaceId?: number;
    memberIds: number[];
  }) => {
    const id = out.pods.length + 1;
    const createdMs = todayMs - r.int(60, 760) * DAY_MS - r.int(0, 86399) * 1000;
    out.pods.push({
      id,
      name: p.name,
      description: null,
      industry: p.industry,
      scope: p.scope,
      chapter_id: p.chapterId,
      region: p.region ?? null,
      workplace_id: p.workplaceId ?? null,
      version: 0,
      created_at: isoAt(createdMs),
      updated_at: isoAt(createdMs),
    });
    for (const memberId of p.memberIds)
      out.podMembers.push({
        id: out.podMembers.length + 1,
        pod_id: id,
        member_id: memberId,
        added_on: dayAt(createdMs + r.int(0, 40) * DAY_MS),
        created_at: isoAt(createdMs),
      });
    const userId = o.firstUserId + out.users.length;
    out.users.push({
      id: userId,
      email: `organizer${out.users.length + 1}@national.test`,
      role: 'organizer',
      chapter_id: p.chapterId,
      member_id: null,
      password_hash: o.passwordHash,
      language: 'en',
      disabled: false,
      version: 0,
      created_at: isoAt(createdMs),
      updated_at: isoAt(createdMs),
    });
    const coordinate = (user: number) =>
      out.coordinators.push({
        id: out.coordinators.length + 1,
        pod_id: id,
        user_id: user,
        created_at: isoAt(createdMs),
      });
    coordinate(userId);
    const demoPods = out.plans.filter((x) => x.chapterId === o.loginChapterId).length;
    if (
      o.demoOrganizerId &&
      p.chapterId === o.loginChapterId &&
      p.scope === 'chapter' &&
      demoPods < 2
    )
      coordinate(o.demoOrganizerId);
    out.plans.push({ id, chapterId: p.chapterId, createdMs, memberIds: p.memberIds });
  };

  for (const c of o.chapters) {
    const industries = [...(byChapter.get(c.id) ?? new Map<string, number[]>()).entries()]
      .filter(([, ids]) => ids.length >= 3)
      .sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1))
      .slice(0, podsFor(c.members));
    for (const [industry, ids] of industries)
      addPod({
        name: `${c.name} ${short(industry)} Workers`,
        industry,
        scope: 'chapter',
        chapterId: c.id,
        memberIds: sample(r, ids, 80).sort((a, b) => a - b),
      });
  }
  const bigSites = [...atWorkplace.entries()]
    .filter(([, ids]) => ids.length >= 6)
    .sort((a, b) => b[1].length - a[1].length || a[0] - b[0])
    .slice(0, 20);
  const workplaceById = new Map(o.workplaces.map((w) => [w.id as number, w]));
  for (const [workplaceId, ids] of bigSites) {
    const w = workplaceById.get(workplaceId)!;
    addPod({
      name: `${w.employer} ${w.site_name ?? w.city ?? ''} unit`.replace(/\s+/g, ' ').trim(),
      industry: w.industry as string,
      scope: 'workplace',
      chapterId: w.chapter_id as number,
      workplaceId,
      memberIds: ids,
    });
  }
  const regionOf = (chapterId: number) => stateByCode.get(stateOf.get(chapterId) ?? '')?.region;
  const wide = (filter: (chapterId: number) => boolean) => {
    const ids = new Map<string, number[]>();
    for (const [chapterId, industries] of byChapter)
      if (filter(chapterId))
        for (const [industry, list] of industries) push(ids, industry, () => []).push(...list);
    return [...ids.entries()].sort((a, b) => b[1].length - a[1].length).slice(0, 6);
  };
  for (const region of regions)
    for (const [industry, ids] of wide((id) => regionOf(id) === region))
      addPod({
        name: `${region[0]!.toUpperCase()}${region.slice(1)} ${short(industry)} Workers`,
        industry,
        scope: 'region',
        chapterId: null,
        region,
        memberIds: sample(r, ids, 150).sort((a, b) => a - b),
      });
  for (const [industry, ids] of wide(() => true))
    addPod({
      name: `National ${short(industry)} Workers`,
      industry,
      scope: 'nation',
      chapterId: null,
      memberIds: sample(r, ids, 200).sort((a, b) => a - b),
    });
  return out;
}
