import {
  goalMetrics,
  metricScopes,
  type GoalMetric,
  type GoalScope,
  type GoalStatus,
  type SessionUser,
} from '@shopfloor/shared';

type User = Pick<SessionUser, 'role' | 'chapterId'>;

/**
 * The scopes a user sets goals for on the goals page (the server's maySetGoal): national staff the
 * nation, regions, states and industries; a chapter committee its own chapter; admins both. Pod
 * goals are set on each pod's page.
 */
export function creatableScopes(user: User): readonly GoalScope[] {
  switch (user.role) {
    case 'national':
      return ['nation', 'region', 'state', 'industry'];
    case 'admin':
      return ['nation', 'region', 'state', 'industry', 'chapter'];
    case 'chapter':
      return user.chapterId ? ['chapter'] : [];
    default:
      return [];
  }
}

/** Whether the user may change this goal here (pod goals are changed on the pod's page). */
export function mayEdit(user: User, goal: Pick<GoalStatus, 'scope' | 'scopeRef'>): boolean {
  if (goal.scope === 'pod') return false;
  if (goal.scope === 'chapter')
    return (
      user.role === 'admin' ||
      (user.role === 'chapter' &&
        user.chapterId !== null &&
        goal.scopeRef === String(user.chapterId))
    );
  return user.role === 'national' || user.role === 'admin';
}

/** The metrics a goal at this scope can count. */
export const metricsFor = (scope: GoalScope): GoalMetric[] =>
  goalMetrics.filter((m) => metricScopes[m].includes(scope));
