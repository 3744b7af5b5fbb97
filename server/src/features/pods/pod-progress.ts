import {
  campaignStages,
  organizingStatuses,
  type CampaignStage,
  type Goal,
  type OrganizingStatus,
} from '@shopfloor/shared';
import type { PodMemberFacts } from '../stats/pod-progress.repository';

/** Members recruited at work: the pod's recruits. */
const RECRUIT_SOURCES = new Set(['workplace', 'campaign']);

/** 'YYYY-MM' months from `from` to `to`, both included. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  for (let key = from; key <= to;) {
    out.push(key);
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
    key = `${y}-${String(m).padStart(2, '0')}`;
  }
  return out;
}

/** The first day of the month after `month`: a month's end, as the exclusive bound of its times. */
export function nextMonthStart(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

export function shiftMonth(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const n = y * 12 + (m - 1) + delta;
  return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
}

const zeros = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/** Each member's organizing status at each bound (history rows sorted by member, then time). */
export function statusesAt(
  facts: readonly PodMemberFacts[],
  history: readonly { member_id: number; to_status: OrganizingStatus; changed_at: string }[],
  months: readonly string[],
): { members: number; byStatus: Record<OrganizingStatus, number> }[] {
  const byMember = new Map<number, { at: string; to: OrganizingStatus }[]>();
  for (const h of history) {
    const list = byMember.get(h.member_id) ?? [];
    list.push({ at: h.changed_at, to: h.to_status });
    byMember.set(h.member_id, list);
  }
  return months.map((month) => {
    const bound = nextMonthStart(month);
    const byStatus = zeros(organizingStatuses);
    let members = 0;
    for (const f of facts) {
      if (f.joinedOn !== null && f.joinedOn >= bound) continue;
      let status: OrganizingStatus = 'not_started';
      // ISO timestamps compare as text; a change at or after the bound is a later month's.
      for (const h of byMember.get(f.id) ?? []) if (h.at < bound) status = h.to;
      byStatus[status]++;
      members++;
    }
    return { members, byStatus };
  });
}

export type StageKey = CampaignStage | 'none';
export const stageKeys: readonly StageKey[] = ['none', ...campaignStages];

/** Workplaces by the stage of their newest campaign begun before the bound ('none' if none). */
export function workplacesByStageAt(
  workplaceIds: readonly number[],
  history: readonly {
    campaign_id: number;
    workplace_id: number;
    to_stage: CampaignStage;
    changed_at: string;
  }[],
  bound: string,
): Record<StageKey, number> {
  const newest = new Map<number, { campaignId: number; stage: CampaignStage }>();
  for (const h of history) {
    if (h.changed_at >= bound) continue;
    const cur = newest.get(h.workplace_id);
    // Rows come by campaign id, then time: a later row of the newest campaign wins.
    if (!cur || h.campaign_id >= cur.campaignId)
      newest.set(h.workplace_id, { campaignId: h.campaign_id, stage: h.to_stage });
  }
  const out = zeros(stageKeys);
  for (const id of workplaceIds) out[newest.get(id)?.stage ?? 'none']++;
  return out;
}

export function recruitsIn(facts: readonly PodMemberFacts[], from: string, before: string) {
  return facts.filter(
    (f) =>
      f.joinedOn !== null &&
      f.joinedOn >= from &&
      f.joinedOn < before &&
      RECRUIT_SOURCES.has(f.recruitmentSource ?? ''),
  );
}

/** How far a pod has come on each of its goals (null where the metric is not a pod's). */
export function goalProgress(
  goals: readonly Goal[],
  facts: readonly PodMemberFacts[],
): (Goal & { current: number | null })[] {
  const atLeast = (s: OrganizingStatus) =>
    facts.filter(
      (f) => organizingStatuses.indexOf(f.organizingStatus) >= organizingStatuses.indexOf(s),
    ).length;
  return goals.map((g) => {
    const recruits = recruitsIn(facts, g.startsOn ?? '0000-00-00', nextDay(g.dueOn));
    const current: Record<Goal['metric'], number | null> = {
      members: facts.length,
      mapped: facts.filter((f) => f.mapped).length,
      trained: atLeast('trained'),
      committee: atLeast('committee'),
      recruits: recruits.length,
      workplace_recruits: recruits.filter((f) => f.recruitmentSource === 'workplace').length,
      spanish_recruits: recruits.filter((f) => f.preferredLanguage === 'es').length,
      chapters_with_committee: null,
    };
    return { ...g, current: current[g.metric] };
  });
}

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86400_000).toISOString().slice(0, 10);
}
