import type { Knex } from 'knex';
import type { CampaignStage, OrganizingStatus } from '@shopfloor/shared';
import { podWorkplaceIds } from '../pods/pod-workplaces';

export interface PodMemberFacts {
  id: number;
  joinedOn: string | null;
  recruitmentSource: string | null;
  preferredLanguage: string;
  organizingStatus: OrganizingStatus;
  mapped: boolean;
}

/**
 * The rows a pod's progress is computed from, each read in one indexed query: its members, their
 * status history, its workplaces' campaign histories, and its meetings grouped by month. They feed
 * aggregates only; no person leaves the server from here.
 */
export class PodProgressRepository {
  constructor(private readonly db: Knex) {}

  async memberFacts(podId: number): Promise<PodMemberFacts[]> {
    // A correlated EXISTS per pod member (indexed), not a pass over every employment.
    const rows: Record<string, unknown>[] = await this.db('pod_members as pm')
      .join('members as m', 'm.id', 'pm.member_id')
      .where('pm.pod_id', podId)
      .select(
        'm.id',
        'm.joined_on',
        'm.recruitment_source',
        'm.preferred_language',
        'm.organizing_status',
        this.db.raw(
          'case when exists (select 1 from employments e where e.member_id = m.id and e.ended_on is null) then 1 else 0 end as mapped',
        ),
      );
    return rows.map((r) => ({
      id: r.id as number,
      joinedOn: (r.joined_on as string | null) ?? null,
      recruitmentSource: (r.recruitment_source as string | null) ?? null,
      preferredLanguage: r.preferred_language as string,
      organizingStatus: r.organizing_status as OrganizingStatus,
      mapped: Number(r.mapped) === 1,
    }));
  }

  /** Status changes of the pod's members before a time, in order within each member. */
  async statusHistory(podId: number, before: string) {
    const rows: { member_id: number; to_status: OrganizingStatus; changed_at: string }[] =
      await this.db('organizing_status_history as h')
        .join('pod_members as pm', 'pm.member_id', 'h.member_id')
        .where('pm.pod_id', podId)
        .where('h.changed_at', '<', before)
        .orderBy([{ column: 'h.member_id' }, { column: 'h.changed_at' }, { column: 'h.id' }])
        .select('h.member_id', 'h.to_status', 'h.changed_at');
    return rows;
  }

  /** The pod's workplaces, with the stage history of every campaign at them (oldest first). */
  async workplaceCampaigns(podId: number) {
    const ids: { workplace_id: number }[] = await podWorkplaceIds(this.db, [podId]);
    const workplaceIds = [...new Set(ids.map((r) => r.workplace_id))];
    const rows: {
      campaign_id: number;
      workplace_id: number;
      to_stage: CampaignStage;
      changed_at: string;
    }[] = workplaceIds.length
      ? await this.db('campaigns as c')
          .join('campaign_stage_history as h', 'h.campaign_id', 'c.id')
          .whereIn('c.workplace_id', workplaceIds)
          .orderBy([{ column: 'c.id' }, { column: 'h.changed_at' }, { column: 'h.id' }])
          .select('c.id as campaign_id', 'c.workplace_id', 'h.to_stage', 'h.changed_at')
      : [];
    return { workplaceIds, history: rows };
  }

  /** Meetings, attendances and distinct attendees per month (YYYY-MM) between two dates. */
  async meetingsByMonth(podId: number, fromDay: string, beforeDay: string) {
    const rows: Record<string, unknown>[] = await this.db('pod_meetings as pm')
      .leftJoin('pod_attendance as a', 'a.meeting_id', 'pm.id')
      .where('pm.pod_id', podId)
      .where('pm.held_on', '>=', fromDay)
      .where('pm.held_on', '<', beforeDay)
      .groupByRaw('substr(pm.held_on, 1, 7)')
      .select(
        this.db.raw('substr(pm.held_on, 1, 7) as month'),
        this.db.raw('count(distinct pm.id) as meetings'),
        this.db.raw('count(a.member_id) as attendances'),
        this.db.raw('count(distinct a.member_id) as attendees'),
      );
    return new Map(
      rows.map((r) => [
        r.month as string,
        {
          meetings: Number(r.meetings),
          attendances: Number(r.attendances),
          attendees: Number(r.attendees),
        },
      ]),
    );
  }
}
