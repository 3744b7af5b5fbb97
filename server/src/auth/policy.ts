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
}

/** Which member rows an actor may read as people (not as counts). */
export type MemberScope =
  | { kind: 'all' }
  | { kind: 'chapter'; chapterId: number }
  | { kind: 'member'; memberId: number }
  | { kind: 'none' };

export function memberScope(actor: Actor): MemberScope {
  switch (actor.role) {
    case 'admin':
      return { kind: 'all' };
    case 'chapter':
      return actor.chapterId ? { kind: 'chapter', chapterId: actor.chapterId } : { kind: 'none' };
    case 'member':
      return actor.memberId ? { kind: 'member', memberId: actor.memberId } : { kind: 'none' };
    // Organizers reach members through their pods (added with pods); national sees aggregates only.
    case 'organizer':
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
