import type { Knex } from 'knex';
import type { Role } from '@shopfloor/shared';
import { ForbiddenError, NotFoundError } from '../http/errors';

/**
 * The one authorization module. Every route and repository asks it who may see and change what,
 * so a chapter user's queries are built with that chapter's scope and cannot reach another's rows.
 */
export interface Actor {
  userId: number;
  role: Role;
  chapterId: number | null;
  memberId: number | null;
  sessionId: string;
  /** The pods an organizer coordinates, read when the session is resolved. */
  podIds?: readonly number[];
}

/** Which member rows an actor may read as people (not as counts). */
export type MemberScope =
  | { kind: 'all' }
  | { kind: 'chapter'; chapterId: number }
  | { kind: 'member'; memberId: number }
  | { kind: 'pods'; podIds: readonly number[] }
  | { kind: 'none' };

export function memberScope(actor: Actor): MemberScope {
  switch (actor.role) {
    case 'admin':
      return { kind: 'all' };
    case 'chapter':
      return actor.chapterId ? { kind: 'chapter', chapterId: actor.chapterId } : { kind: 'none' };
    case 'member':
      return actor.memberId ? { kind: 'member', memberId: actor.memberId } : { kind: 'none' };
    // Organizers reach the members of the pods they coordinate; national sees aggregates only.
    case 'organizer':
      return { kind: 'pods', podIds: actor.podIds ?? [] };
    case 'national':
      return { kind: 'none' };
  }
}

/** Narrows a query on `members` (or a table aliased so) to the scope. */
export function applyMemberScope(
  qb: Knex.QueryBuilder,
  scope: MemberScope,
  alias = 'members',
): Knex.QueryBuilder {
  switch (scope.kind) {
    case 'all':
      return qb;
    case 'chapter':
      return qb.where(`${alias}.chapter_id`, scope.chapterId);
    case 'member':
      return qb.where(`${alias}.id`, scope.memberId);
    case 'pods':
      return qb.whereIn(
        `${alias}.id`,
        qb.client
          .queryBuilder()
          .from('pod_members')
          .whereIn('pod_id', scope.podIds)
          .select('member_id'),
      );
    case 'none':
      return qb.whereRaw('1 = 0');
  }
}

/** Chapter-owned records (workplaces, the roster, the audit log) that an actor may read and change. */
export function chapterScope(
  actor: Actor,
): { kind: 'all' } | { kind: 'chapter'; chapterId: number } | { kind: 'none' } {
  if (actor.role === 'admin') return { kind: 'all' };
  if (actor.role === 'chapter' && actor.chapterId)
    return { kind: 'chapter', chapterId: actor.chapterId };
  return { kind: 'none' };
}

export function canManageChapter(actor: Actor, chapterId: number): boolean {
  const scope = chapterScope(actor);
  return scope.kind === 'all' || (scope.kind === 'chapter' && scope.chapterId === chapterId);
}

/**
 * Refuses access to another chapter's records. A chapter user asking for another chapter gets 404
 * for a record (its existence is not confirmed) and 403 for a chapter-level route.
 */
export function assertManagesChapter(
  actor: Actor,
  chapterId: number,
  as: 'forbidden' | 'not_found' = 'forbidden',
): void {
  if (canManageChapter(actor, chapterId)) return;
  throw as === 'not_found'
    ? new NotFoundError()
    : new ForbiddenError('This belongs to another chapter');
}

/** National staff read aggregates with small counts suppressed; admins read exact figures. */
export function suppressionThresholdFor(actor: Actor, configured: number): number | null {
  return actor.role === 'admin' ? null : configured;
}

export function assertRole(actor: Actor, roles: readonly Role[]): void {
  if (!roles.includes(actor.role)) throw new ForbiddenError();
}

/** What an actor may do with a pod: read it, coordinate it (meetings, attendance), or manage it. */
export type PodAccess = 'none' | 'read' | 'coordinate' | 'manage';
export interface PodRef {
  id: number;
  chapterId: number | null;
}

/**
 * Chapter and workplace pods belong to their chapter's committee; region and nation pods to
 * national staff, and every chapter reads them (and adds its own members). Organizers coordinate
 * their own pods; members read the pods they belong to (the caller says so: `isMember`).
 */
export function podAccess(actor: Actor, pod: PodRef, isMember = false): PodAccess {
  switch (actor.role) {
    case 'admin':
      return 'manage';
    case 'national':
      return pod.chapterId === null ? 'manage' : 'read';
    case 'chapter':
      if (pod.chapterId === null) return 'read';
      return pod.chapterId === actor.chapterId ? 'manage' : 'none';
    case 'organizer':
      return actor.podIds?.includes(pod.id) ? 'coordinate' : 'none';
    case 'member':
      return isMember ? 'read' : 'none';
  }
}

/** Who may put a member in a pod or take one out (the member must also be in the actor's scope). */
export function mayChangePodMembers(actor: Actor, pod: PodRef): boolean {
  const access = podAccess(actor, pod);
  return access === 'manage' || (actor.role === 'chapter' && pod.chapterId === null);
}

/** National staff (and admins) call, schedule, open and close member votes and approve statements. */
export const voteRunners = ['national', 'admin'] as const;

export function runsVotes(actor: Actor): boolean {
  return (voteRunners as readonly Role[]).includes(actor.role);
}

/**
 * The member behind a login: only members sign petitions and cast ballots, each for themselves.
 * Drafts of votes stay with the staff who run them until scheduled.
 */
export function memberIdOf(actor: Actor): number {
  if (actor.role !== 'member' || !actor.memberId)
    throw new ForbiddenError('Only a member login linked to a member record can do this');
  return actor.memberId;
}

/** What a recruitment figure or a goal is about. */
export type FiguresTarget =
  | { scope: 'nation' | 'region' | 'state' | 'industry' }
  | { scope: 'chapter'; chapterId: number }
  | { scope: 'pod'; pod: PodRef };

/**
 * Who reads recruitment and goal figures, and how: national staff every scope, as aggregates with
 * small counts suppressed; admins every scope exactly; a chapter committee its own chapter and its
 * chapter's pods exactly; an organizer the pods it coordinates exactly. Null: not at all.
 */
export function figuresAccess(
  actor: Actor,
  target: FiguresTarget,
  configuredThreshold: number,
): { threshold: number | null } | null {
  switch (actor.role) {
    case 'admin':
      return { threshold: null };
    case 'national':
      return { threshold: configuredThreshold };
    case 'chapter': {
      const chapterId =
        target.scope === 'chapter'
          ? target.chapterId
          : target.scope === 'pod'
            ? target.pod.chapterId
            : null;
      return chapterId !== null && chapterId === actor.chapterId ? { threshold: null } : null;
    }
    case 'organizer':
      return target.scope === 'pod' && actor.podIds?.includes(target.pod.id)
        ? { threshold: null }
        : null;
    case 'member':
      return null;
  }
}

/**
 * Goals are set by national staff for the nation, regions, states and industries; by a chapter
 * committee for its chapter; for a pod by those who manage or coordinate it (admins: any).
 */
export function maySetGoal(actor: Actor, target: FiguresTarget): boolean {
  if (target.scope === 'pod') {
    const access = podAccess(actor, target.pod);
    return access === 'manage' || access === 'coordinate';
  }
  if (actor.role === 'admin') return true;
  if (target.scope === 'chapter')
    return actor.role === 'chapter' && actor.chapterId === target.chapterId;
  return actor.role === 'national';
}

/** Organization-wide goals are every staff role's to read; chapter and pod goals their own. */
export function mayReadGoal(actor: Actor, target: FiguresTarget): boolean {
  if (actor.role === 'admin' || actor.role === 'national') return true;
  if (actor.role === 'member') return false;
  if (target.scope === 'chapter')
    return actor.role === 'chapter' && actor.chapterId === target.chapterId;
  if (target.scope === 'pod') return podAccess(actor, target.pod) !== 'none';
  return true;
}

/**
 * The opt-in directories (the organizer reserve, union staffers): people who chose to be listed
 * for national staff, who see their names; nobody else reads them.
 */
export const directoryReaders = ['national', 'admin'] as const;
