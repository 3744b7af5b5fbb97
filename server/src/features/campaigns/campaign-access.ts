import type { Knex } from 'knex';
import { canManageChapter, type Actor } from '../../auth/policy';
import { podWorkplaceIds } from '../pods/pod-workplaces';
import type { CampaignScope } from './campaigns.repository';

type Row = Record<string, unknown>;

/** What one actor may do with campaigns, for one request. */
export interface CampaignViewer {
  scope: CampaignScope;
  /** Sees its employer and site (its chapter, its pods' organizers, everyone once public). */
  full(row: Row): boolean;
  /** May read it at all; national staff read those put to the DSLC, without employer or site. */
  reads(row: Row): boolean;
  /** May move its stage: its chapter's committee, and organizers of pods that work there. */
  moves(row: Row): boolean;
}

/**
 * The campaign rules of the policy module applied to one actor. An organizer's pods' workplaces
 * are read once (one query), so every row after that is decided in memory.
 */
export async function campaignViewer(
  db: Knex | Knex.Transaction,
  actor: Actor,
): Promise<CampaignViewer> {
  const podIds = actor.role === 'organizer' ? (actor.podIds ?? []) : [];
  const podSites = new Set<number>();
  if (podIds.length)
    for (const r of (await podWorkplaceIds(db, podIds)) as { workplace_id: number }[])
      podSites.add(r.workplace_id);
  const manages = (row: Row) => canManageChapter(actor, row.chapter_id as number);
  const inPods = (row: Row) => podSites.has(row.workplace_id as number);
  const full = (row: Row) => row.public_since != null || manages(row) || inPods(row);
  let scope: CampaignScope = { kind: 'public_only' };
  if (actor.role === 'admin') scope = { kind: 'all' };
  else if (actor.role === 'chapter' && actor.chapterId)
    scope = { kind: 'chapters', chapterIds: [actor.chapterId] };
  else if (actor.role === 'organizer') scope = { kind: 'pods', podIds };
  else if (actor.role === 'national') scope = { kind: 'national' };
  return {
    scope,
    full,
    reads: (row) => full(row) || (actor.role === 'national' && row.approval !== 'none'),
    moves: (row) => manages(row) || inPods(row),
  };
}
