import { rng } from '../random';
import { generateCampaigns } from './campaigns';
import type { ChapterPlan } from './chapters';
import { generatePodMeetings } from './pod-meetings';
import { generatePods } from './pods';
import type { Row } from './time';

/**
 * Pods (with their organizers, members, meetings, attendance and goals) and campaigns (with their
 * stage histories), built from the generated members and workplaces. Returns the organizer users
 * to add to the users table and the rows of the other tables in insertion order.
 */
export function generateOrganizing(o: {
  seed: number;
  chapters: readonly ChapterPlan[];
  workplaces: readonly Row[];
  members: readonly Row[];
  employments: readonly Row[];
  loginChapterId: number;
  users: readonly Row[];
  passwordHash: string;
  today: Date;
}): { users: Row[]; tables: [string, Row[]][] } {
  const demoOrganizer = o.users.find((u) => u.email === 'organizer@demo.test');
  const pods = generatePods(rng(o.seed), {
    ...o,
    demoOrganizerId: (demoOrganizer?.id as number | undefined) ?? 0,
    firstUserId: o.users.length + 1,
  });
  const coordinatorOf = new Map<number, number>();
  for (const c of pods.coordinators)
    if (!coordinatorOf.has(c.pod_id as number))
      coordinatorOf.set(c.pod_id as number, c.user_id as number);
  const joinedOn = new Map(o.members.map((m) => [m.id as number, m.joined_on as string | null]));
  const meetings = generatePodMeetings(
    rng(o.seed + 1),
    pods.plans,
    joinedOn,
    coordinatorOf,
    o.today,
  );
  const campaigns = generateCampaigns(rng(o.seed + 2), o.workplaces, o.employments, o.today);
  return {
    users: pods.users,
    tables: [
      ['pods', pods.pods],
      ['pod_coordinators', pods.coordinators],
      ['pod_members', pods.podMembers],
      ['pod_meetings', meetings.meetings],
      ['pod_attendance', meetings.attendance],
      ['goals', meetings.goals],
      ['campaigns', campaigns.campaigns],
      ['campaign_stage_history', campaigns.history],
    ],
  };
}
