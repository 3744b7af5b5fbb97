import { goalScopes, type Goal } from '@shopfloor/shared';
import { mayReadGoal, type Actor, type FiguresTarget } from '../../auth/policy';

const rank = (g: Goal) => goalScopes.indexOf(g.scope);

/** Who a goal row belongs to, for the policy module. */
function targetOf(goal: Goal, podChapterId: number | null): FiguresTarget {
  if (goal.scope === 'pod')
    return { scope: 'pod', pod: { id: Number(goal.scopeRef), chapterId: podChapterId } };
  if (goal.scope === 'chapter') return { scope: 'chapter', chapterId: Number(goal.scopeRef) };
  return { scope: goal.scope };
}

/**
 * The goals an actor may read, the nation's first, then regions, states, industries, chapters and
 * pods (each by its reference, then due date).
 */
export function visibleGoals(
  actor: Actor,
  rows: readonly { goal: Goal; podChapterId: number | null }[],
): Goal[] {
  return rows
    .filter((r) => mayReadGoal(actor, targetOf(r.goal, r.podChapterId)))
    .map((r) => r.goal)
    .sort(
      (a, b) =>
        rank(a) - rank(b) ||
        (a.scopeRef ?? '').localeCompare(b.scopeRef ?? '', 'en', { numeric: true }) ||
        a.dueOn.localeCompare(b.dueOn) ||
        a.id - b.id,
    );
}
