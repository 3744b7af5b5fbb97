import type { Knex } from 'knex';
import {
  suppressCount,
  type AttendanceBody,
  type PodMeeting,
  type PodMeetingCreate,
} from '@shopfloor/shared';
import type { AuditRepository } from '../../audit/audit.repository';
import { memberScope, type Actor } from '../../auth/policy';
import { NotFoundError, ValidationError } from '../../http/errors';
import { MembersRepository } from '../members/members.repository';
import { MeetingsRepository, type MeetingRow } from './meetings.repository';
import type { PodGate } from './pod-gate';
import type { PodsRepository } from './pods.repository';

/** A pod's meetings and trainings; attending a workplace-organizing training trains a member. */
export class PodMeetingsService {
  private readonly meetings: MeetingsRepository;
  private readonly members: MembersRepository;

  constructor(
    private readonly db: Knex,
    private readonly audit: AuditRepository,
    private readonly pods: PodsRepository,
    private readonly gate: PodGate,
  ) {
    this.meetings = new MeetingsRepository(db);
    this.members = new MembersRepository(db);
  }

  /**
   * Attendee ids limited to the people the actor may see (none at all for aggregate-only roles);
   * the attendance count suppressed for those who do not see the pod's members as people.
   */
  private async withAttendees(
    actor: Actor,
    rows: MeetingRow[],
    threshold: number | null = null,
  ): Promise<PodMeeting[]> {
    if (threshold !== null)
      rows = rows.map((m) => ({
        ...m,
        attendees: suppressCount(m.attendees as number, threshold),
      }));
    const scope = memberScope(actor);
    if (scope.kind === 'none') return rows;
    const attendees = await this.meetings.attendees(rows.map((m) => m.id));
    const visible = await this.members.visibleIds(scope, [
      ...new Set([...attendees.values()].flat()),
    ]);
    return rows.map((m) => ({
      ...m,
      attendeeIds: (attendees.get(m.id) ?? []).filter((id) => visible.has(id)),
    }));
  }

  async list(actor: Actor, podId: number): Promise<PodMeeting[]> {
    const { access } = await this.gate.load(actor, podId);
    const rows = await this.meetings.list(podId);
    return this.withAttendees(actor, rows, this.gate.threshold(actor, access));
  }

  async create(actor: Actor, podId: number, body: PodMeetingCreate): Promise<PodMeeting> {
    const meeting = await this.db.transaction(async (trx) => {
      const { pod } = await this.gate.load(actor, podId, 'coordinate', trx);
      const id = await this.meetings.insert(trx, podId, body, actor.userId);
      const after = (await this.meetings.get(id, trx))!;
      await this.audit.record(trx, actor, {
        entity: 'pod_meeting',
        entityId: id,
        chapterId: pod.chapterId,
        action: 'create',
        after,
      });
      return after;
    });
    return (await this.withAttendees(actor, [meeting]))[0]!;
  }

  /**
   * Records who attended. Each must be a member of the pod whom the actor may see. At a
   * workplace-organizing training, those who had not started organizing move to `trained`, with
   * a history row by the actor; taking someone off the list later does not undo that.
   */
  async attendance(actor: Actor, podId: number, meetingId: number, body: AttendanceBody) {
    const memberIds = [...new Set(body.memberIds)];
    const result = await this.db.transaction(async (trx) => {
      const { pod } = await this.gate.load(actor, podId, 'coordinate', trx);
      const meeting = await this.meetings.get(meetingId, trx);
      if (!meeting || meeting.podId !== podId) throw new NotFoundError('Meeting');
      const [inPod, visible] = await Promise.all([
        this.pods.membersAmong(trx, podId, memberIds),
        this.members.visibleIds(memberScope(actor), memberIds, trx),
      ]);
      const wrong = memberIds.filter((id) => !inPod.has(id) || !visible.has(id));
      if (wrong.length)
        throw new ValidationError({
          memberIds: {
            message: `Not members of this pod: ${wrong.join(', ')}`,
            key: 'notPodMembers',
            params: { ids: wrong.join(', ') },
          },
        });
      const before = (await this.meetings.attendees([meetingId], trx)).get(meetingId) ?? [];
      await this.meetings.replaceAttendance(trx, meetingId, memberIds);
      const trained =
        meeting.kind === 'training' && meeting.workplaceTraining
          ? await this.members.moveStatus(trx, memberIds, 'not_started', 'trained')
          : [];
      await this.members.recordStatusChange(
        trx,
        trained.map((m) => ({
          memberId: m.id,
          from: 'not_started' as const,
          to: 'trained' as const,
          by: actor.userId,
          note: `Attended the training "${meeting.title}" on ${meeting.heldOn}`,
        })),
      );
      for (const m of trained)
        await this.audit.record(trx, actor, {
          entity: 'member',
          entityId: m.id,
          chapterId: m.chapterId,
          action: 'update',
          before: { organizingStatus: 'not_started' },
          after: { organizingStatus: 'trained', meetingId },
        });
      await this.audit.record(trx, actor, {
        entity: 'pod_meeting',
        entityId: meetingId,
        chapterId: pod.chapterId,
        action: 'attendance',
        before: { memberIds: before },
        after: { memberIds, trained: trained.map((m) => m.id) },
      });
      return { meeting: (await this.meetings.get(meetingId, trx))!, trained };
    });
    const [shown] = await this.withAttendees(actor, [result.meeting]);
    return { ...shown!, trained: result.trained.map((m) => m.id) };
  }
}
