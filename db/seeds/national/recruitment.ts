import { rng } from '../random';
import type { ChapterPlan } from './chapters';
import { generateRecruitmentGoals } from './recruitment-goals';
import { shapeRecruitment } from './recruitment-shape';
import { generateReserve } from './reserve';
import type { Row } from './time';

export { shapeRecruitment };

/** Chapters where many members speak Spanish ask for Spanish-speaking reserve organizers. */
export const wantsSpanish = (c: ChapterPlan): boolean => c.spanishShare >= 0.2;

/** Members who hold a job now. */
export function employedMembers(employments: readonly Row[]): Set<number> {
  return new Set(employments.filter((e) => e.ended_on === null).map((e) => e.member_id as number));
}

/**
 * The organizer reserve and its mentorships (rows of those tables, in order), and recruitment
 * goals at every scope, added to the goals already generated.
 */
export function generateRecruitmentExtras(o: {
  seed: number;
  chapters: readonly ChapterPlan[];
  members: readonly Row[];
  employments: readonly Row[];
  workplaces: readonly Row[];
  users: readonly Row[];
  goals: Row[];
  today: Date;
}): [string, Row[]][] {
  const industryOfWorkplace = new Map(o.workplaces.map((w) => [w.id as number, w.industry]));
  const industryOf = new Map<number, string>();
  for (const e of o.employments) {
    const industry = industryOfWorkplace.get(e.workplace_id as number);
    if (e.ended_on === null && typeof industry === 'string')
      industryOf.set(e.member_id as number, industry);
  }
  const nationalUserId =
    (o.users.find((u) => u.email === 'national@demo.test')?.id as number | undefined) ?? null;
  const chapterUserOf = new Map(
    o.users
      .filter((u) => u.role === 'chapter' && u.chapter_id !== null)
      .map((u) => [u.chapter_id as number, u.id as number]),
  );
  const { reserve, mentorships } = generateReserve(rng(o.seed), {
    chapters: o.chapters,
    members: o.members,
    industryOf,
    nationalUserId,
    today: o.today,
  });
  const goals = generateRecruitmentGoals(rng(o.seed + 1), {
    firstId: o.goals.reduce((max, g) => Math.max(max, g.id as number), 0) + 1,
    chapters: o.chapters,
    nationalUserId,
    chapterUserOf,
    today: o.today,
  });
  o.goals.push(...goals);
  return [
    ['reserve_organizers', reserve],
    ['mentorships', mentorships],
  ];
}
