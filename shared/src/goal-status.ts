import { z } from 'zod';
import { isoDate } from './domain';
import { goal, goalMetric, goalScope, goalScopes, type GoalMetric, type GoalScope } from './goals';
import { normalizeScopeRef } from './scopes';
import { count } from './stats';

/**
 * The scopes each metric is tracked at. Organizing statuses have a history only for pods; the
 * count of chapters with a labor committee means something only above the chapter.
 */
export const metricScopes: Record<GoalMetric, readonly GoalScope[]> = {
  members: goalScopes,
  recruits: goalScopes,
  workplace_recruits: goalScopes,
  spanish_recruits: goalScopes,
  mapped: goalScopes,
  trained: ['pod'],
  committee: ['pod'],
  chapters_with_committee: ['nation', 'region', 'state'],
};

/**
 * - `met`: already there;
 * - `rising`: the last 6 months' trend is upward, so `projectedOn` says when it gets there;
 * - `no_trend`: flat or falling over the last 6 months: no projection ("no trend");
 * - `not_recorded`: the metric has no history to draw a trend from (chapters with a committee);
 * - `suppressed`: the current value is a small count hidden from this caller, and so is all it implies.
 */
export const goalTrends = ['met', 'rising', 'no_trend', 'not_recorded', 'suppressed'] as const;
export type GoalTrend = (typeof goalTrends)[number];

/**
 * A goal with its progress. Pace and projection are per calendar month (365.25/12 days) from today:
 * `pacePerMonth` is what is still needed each month until `dueOn` (null once due); `trendPerMonth`
 * the least-squares slope of the metric at the ends of the last 6 complete months (for recruits,
 * of their running total: the monthly rate); `projectedOn` today plus what remains at that rate.
 */
export const goalStatus = goal.extend({
  scopeLabel: z.string(),
  current: count.nullable(),
  met: z.boolean().nullable(),
  remaining: z.number().int().nullable(),
  monthsLeft: z.number().nullable(),
  pacePerMonth: z.number().nullable(),
  trendPerMonth: z.number().nullable(),
  projectedOn: z.string().nullable(),
  /** The projection reaches the target by the due date (true once met). */
  onPace: z.boolean().nullable(),
  trend: z.enum(goalTrends),
});
export type GoalStatus = z.infer<typeof goalStatus>;

const refChecked = <T extends { scope: GoalScope; scopeRef?: string | number | null }>(
  g: T,
  ctx: z.RefinementCtx,
) => {
  const ref = normalizeScopeRef(g.scope, g.scopeRef);
  if (!ref.ok) ctx.addIssue({ code: 'custom', message: ref.message, path: ['scopeRef'] });
};

/** `POST /api/goals`: startsOn defaults to today; recruits count from it. */
export const goalCreate = z
  .object({
    metric: goalMetric,
    scope: goalScope,
    scopeRef: z
      .union([z.string().max(40), z.number().int()])
      .nullable()
      .optional(),
    target: z.number().int().min(1).max(10_000_000),
    startsOn: isoDate.nullable().optional(),
    dueOn: isoDate,
  })
  .strict()
  .superRefine((g, ctx) => {
    refChecked(g, ctx);
    if (!metricScopes[g.metric].includes(g.scope))
      ctx.addIssue({
        code: 'custom',
        message: `${g.metric} is tracked at these scopes only: ${metricScopes[g.metric].join(', ')}`,
        path: ['metric'],
      });
    if (g.startsOn && g.startsOn > g.dueOn)
      ctx.addIssue({
        code: 'custom',
        message: 'The start must not be after the due date',
        path: ['startsOn'],
        params: { i18n: 'startAfterDue' },
      });
  })
  .transform((g) => {
    const ref = normalizeScopeRef(g.scope, g.scopeRef);
    return { ...g, scopeRef: ref.ok ? ref.ref : null };
  });
export type GoalCreate = z.infer<typeof goalCreate>;

export const goalListQuery = z
  .object({
    scope: goalScope.optional(),
    scopeRef: z.string().trim().max(40).optional(),
    metric: goalMetric.optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().regex(/^\d+$/, 'Use the nextCursor of the previous page').optional(),
  })
  .superRefine((q, ctx) => {
    if (q.scopeRef !== undefined && !q.scope)
      ctx.addIssue({ code: 'custom', message: 'Give the scope too', path: ['scope'] });
    else if (q.scope && q.scopeRef !== undefined) refChecked({ ...q, scope: q.scope }, ctx);
  })
  .transform((q) => {
    const ref = q.scope && q.scopeRef !== undefined && normalizeScopeRef(q.scope, q.scopeRef);
    return ref && ref.ok ? { ...q, scopeRef: ref.ref ?? undefined } : q;
  });
export type GoalListQuery = z.infer<typeof goalListQuery>;
