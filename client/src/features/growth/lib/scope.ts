import {
  censusRegions,
  goalScopes,
  naicsCodes,
  stateByCode,
  type GoalScope,
  type Role,
  type SessionUser,
} from '@shopfloor/shared';
import type { ScopeRef } from '../api/recruitment';

/**
 * The scopes whose figures a role reads (the server's figuresAccess): national staff and admins
 * every one; a chapter committee its chapter and its chapter's pods; a coordinator its pods.
 */
export function scopesFor(role: Role): readonly GoalScope[] {
  switch (role) {
    case 'national':
    case 'admin':
      return goalScopes;
    case 'chapter':
      return ['chapter', 'pod'];
    case 'organizer':
      return ['pod'];
    case 'member':
      return [];
  }
}

const isScope = (value: string | null): value is GoalScope =>
  (goalScopes as readonly string[]).includes(value ?? '');

/** A reference that names something real for its scope (chapters and pods: a positive id). */
export function validRef(scope: GoalScope, id: string | null): boolean {
  const ref = id ?? '';
  switch (scope) {
    case 'nation':
      return ref === '';
    case 'region':
      return ref in censusRegions;
    case 'state':
      return stateByCode.has(ref);
    case 'industry':
      return naicsCodes.includes(ref);
    case 'chapter':
    case 'pod':
      return /^[1-9]\d{0,8}$/.test(ref);
  }
}

/**
 * What the page shows, from the address (?scope=&id=) and who is looking: a scope they may not
 * read falls back to their own; a chapter committee's chapter is always its own. A scope without
 * a valid reference comes back with `id: null` (chosen, but not which one yet). Null: nothing to
 * show (a coordinator with no pod).
 */
export function chosenScope(
  user: Pick<SessionUser, 'role' | 'chapterId'>,
  params: URLSearchParams,
  firstPodId: number | null,
): ScopeRef | null {
  const allowed = scopesFor(user.role);
  const asked = params.get('scope');
  const id = params.get('id');
  const scope = isScope(asked) && allowed.includes(asked) ? asked : null;
  const picked = (s: GoalScope): ScopeRef => ({ scope: s, id: validRef(s, id) ? id : null });
  if (user.role === 'chapter') {
    if (scope === 'pod') return picked('pod');
    return user.chapterId ? { scope: 'chapter', id: String(user.chapterId) } : null;
  }
  if (scope === 'nation') return { scope, id: null };
  if (scope && (validRef(scope, id) || user.role !== 'organizer')) return picked(scope);
  if (allowed.includes('nation')) return { scope: 'nation', id: null };
  return firstPodId ? { scope: 'pod', id: String(firstPodId) } : null;
}

/** A scope with what it needs to be shown: the nation, or a reference. */
export const isComplete = (ref: ScopeRef | null): ref is ScopeRef =>
  ref !== null && (ref.scope === 'nation' || ref.id !== null);
