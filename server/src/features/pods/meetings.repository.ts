import type { Knex } from 'knex';
import type { PodMeeting, PodMeetingCreate } from '@shopfloor/shared';

export type MeetingRow = Omit<PodMeeting, 'attendeeIds'>;

const toMeeting = (r: Record<string, unknown>): MeetingRow => ({
  id: r.id as number,
  podId: r.pod_id as number,
  heldOn: r.held_on as string,
  kind: r.kind as PodMeeting['kind'],
  title: r.title as string,
  workplaceTraining: Boolean(r.workplace_training),
  attendees: Number(r.attendees ?? 0),
});

/** A pod's meetings and trainings and who attended them. */
export class MeetingsRepository {
  constructor(private readonly db: Knex) {}

  private base(trx: Knex | Knex.Transaction = this.db) {
    return trx('pod_meetings as pm').select(
      'pm.*',
      trx.raw('(select count(*) from pod_attendance a where a.meeting_id = pm.id) as attendees'),
    );
  }

  async list(podId: number): Promise<MeetingRow[]> {
    const rows: Record<string, unknown>[] = await this.base()
      .where('pm.pod_id', podId)
      .orderBy([
        { column: 'pm.held_on', order: 'desc' },
        { column: 'pm.id', order: 'desc' },
      ]);
    return rows.map(toMeeting);
  }

  async get(id: number, trx?: Knex | Knex.Transaction): Promise<MeetingRow | null> {
    const row = await this.base(trx).where('pm.id', id).first();
    return row ? toMeeting(row) : null;
  }

  async insert(
    trx: Knex.Transaction,
    podId: number,
    m: PodMeetingCreate,
    by: number,
  ): Promise<number> {
    const [row] = await trx('pod_meetings')
      .insert({
        pod_id: podId,
        held_on: m.heldOn,
        kind: m.kind,
        title: m.title,
        workplace_training: m.workplaceTraining,
        created_by: by,
        version: 0,
        created_at: new Date().toISOString(),
      })
      .returning('id');
    return typeof row === 'object' ? row.id : row;
  }

  /** Attendee ids of meetings, keyed by meeting. */
  async attendees(
    meetingIds: readonly number[],
    trx: Knex | Knex.Transaction = this.db,
  ): Promise<Map<number, number[]>> {
    const out = new Map<number, number[]>(meetingIds.map((id) => [id, []]));
    if (!meetingIds.length) return out;
    const rows: { meeting_id: number; member_id: number }[] = await trx('pod_attendance')
      .whereIn('meeting_id', meetingIds)
      .orderBy('member_id')
      .select('meeting_id', 'member_id');
    for (const r of rows) out.get(r.meeting_id)?.push(r.member_id);
    return out;
  }

  /** Replaces a meeting's attendance with exactly these members. */
  async replaceAttendance(
    trx: Knex.Transaction,
    meetingId: number,
    memberIds: readonly number[],
  ): Promise<void> {
    await trx('pod_attendance').where('meeting_id', meetingId).del();
    if (memberIds.length)
      await trx.batchInsert(
        'pod_attendance',
        memberIds.map((member_id) => ({ meeting_id: meetingId, member_id })),
        500,
      );
    await trx('pod_meetings')
      .where('id', meetingId)
      .update({ version: trx.raw('version + 1') });
  }
}
