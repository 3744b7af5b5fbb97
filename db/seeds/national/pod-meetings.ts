import type { Rng } from '../random';
import type { PodPlan } from './pods';
import { DAY_MS, dayAt, isoAt, type Row } from './time';

const meetingTitles = [
  'Monthly pod meeting',
  'Shop-floor check-in',
  'Contract campaign update',
  'Mapping night',
  'One-on-one practice',
];
const trainingTitles = [
  'Organizing 101: one-on-ones',
  'Workplace mapping training',
  'Building a committee',
  'Know your rights at work',
];
const goalMetrics = ['members', 'trained', 'committee', 'mapped', 'recruits'] as const;

/**
 * Each pod's meetings since it began (every month or two), about a third of them trainings, with
 * attendance among the members who had joined by then; and one or two goals per pod, plus the
 * national goal of 100,000 members.
 */
export function generatePodMeetings(
  r: Rng,
  plans: readonly PodPlan[],
  joinedOn: ReadonlyMap<number, string | null>,
  coordinatorOf: ReadonlyMap<number, number>,
  today: Date,
) {
  const todayMs = today.getTime();
  const meetings: Row[] = [];
  const attendance: Row[] = [];
  const goals: Row[] = [];
  for (const p of plans) {
    const by = coordinatorOf.get(p.id) ?? null;
    for (let at = p.createdMs + r.int(5, 30) * DAY_MS; at < todayMs; at += r.int(25, 70) * DAY_MS) {
      const training = r.chance(0.3);
      const heldOn = dayAt(at);
      const id = meetings.length + 1;
      meetings.push({
        id,
        pod_id: p.id,
        held_on: heldOn,
        kind: training ? 'training' : 'meeting',
        title: r.pick(training ? trainingTitles : meetingTitles),
        workplace_training: training && r.chance(0.6),
        created_by: by,
        version: 1,
        created_at: isoAt(at + 3 * 3600_000),
      });
      const share = training ? 0.25 : 0.4;
      for (const memberId of p.memberIds) {
        const joined = joinedOn.get(memberId);
        if ((joined === null || joined === undefined || joined <= heldOn) && r.chance(share))
          attendance.push({ id: attendance.length + 1, meeting_id: id, member_id: memberId });
      }
    }
    const first = r.pick(goalMetrics);
    const second = r.pick(goalMetrics.filter((m) => m !== first));
    for (const metric of r.chance(0.4) ? [first, second] : [first]) {
      const base = metric === 'recruits' ? 10 : p.memberIds.length;
      goals.push({
        id: goals.length + 1,
        metric,
        scope: 'pod',
        scope_ref: String(p.id),
        target: Math.max(3, Math.round(base * (metric === 'members' ? 1.3 : 0.6))),
        starts_on: dayAt(p.createdMs),
        due_on: dayAt(todayMs + r.int(60, 400) * DAY_MS),
        created_by: by,
        version: 0,
        created_at: isoAt(p.createdMs),
        updated_at: isoAt(p.createdMs),
      });
    }
  }
  goals.push({
    id: goals.length + 1,
    metric: 'members',
    scope: 'nation',
    scope_ref: null,
    target: 100_000,
    starts_on: '2026-01-01',
    due_on: '2028-12-31',
    created_by: null,
    version: 0,
    created_at: isoAt(todayMs - 300 * DAY_MS),
    updated_at: isoAt(todayMs - 300 * DAY_MS),
  });
  return { meetings, attendance, goals };
}
