import { z } from 'zod';
import { goalStatus } from './goal-status';
import { goalScope } from './goals';
import { monthParam, normalizeScopeRef } from './scopes';
import { count } from './stats';

/**
 * `GET /api/stats/recruitment`. Months are calendar months in UTC; the default is the 24 months
 * ending with this one; at most 60 at a time. `id` names the region, state, chapter, industry or pod.
 */
export const recruitmentQuery = z
  .object({
    scope: goalScope.default('nation'),
    id: z.string().trim().max(40).optional(),
    from: monthParam.optional(),
    to: monthParam.optional(),
    interval: z.enum(['month']).default('month'),
  })
  .superRefine((q, ctx) => {
    const ref = normalizeScopeRef(q.scope, q.id);
    if (!ref.ok) ctx.addIssue({ code: 'custom', message: ref.message, path: ['id'] });
    if (q.from && q.to && q.from > q.to)
      ctx.addIssue({
        code: 'custom',
        message: 'from must not be after to',
        path: ['from'],
        params: { i18n: 'fromAfterTo' },
      });
  })
  .transform((q) => {
    const ref = normalizeScopeRef(q.scope, q.id);
    return { ...q, id: ref.ok ? ref.ref : null };
  });
export type RecruitmentQuery = z.infer<typeof recruitmentQuery>;

/** The keys every month's breakdowns carry (zeros included), so stacked charts line up. */
export const recruitmentKeys = {
  /** `unknown`: no source recorded. */
  sources: ['workplace', 'campaign', 'event', 'online', 'other', 'unknown'],
  languages: ['en', 'es'],
  regions: ['northeast', 'midwest', 'south', 'west'],
  /** NAICS sectors; `unmapped`: no current workplace; `unknown`: a workplace with no industry. */
  industryExtras: ['unmapped', 'unknown'],
} as const;

/**
 * One month. Members are members in good standing: from `joinedOn` until `lapsedOn` (a member
 * who is not in good standing and has no lapse date counts as lapsed from joining).
 * - `joins`, `lapses`: members who joined, lapsed that month; `net` = joins − lapses (null when
 *   either is suppressed); `members`: in good standing at the month's end;
 * - `bySource`, `byLanguage`, `byIndustry` (the member's current workplace), `byRegion` (the
 *   chapter's Census region): that month's joins, each summing to `joins`.
 */
export const recruitmentPoint = z.object({
  month: z.string(),
  joins: count,
  lapses: count,
  net: z.number().int().nullable(),
  members: count,
  bySource: z.record(z.string(), count),
  byLanguage: z.record(z.string(), count),
  byIndustry: z.record(z.string(), count),
  byRegion: z.record(z.string(), count),
});
export type RecruitmentPoint = z.infer<typeof recruitmentPoint>;

/**
 * Of the members who joined in `month`, those still in good standing at the end of `checkedAt`
 * (12 months later). Only for months at least 12 months before `to`. `rate` is null when a count
 * is suppressed or nobody joined.
 */
export const retentionPoint = z.object({
  month: z.string(),
  checkedAt: z.string(),
  joined: count,
  retained: count,
  rate: z.number().nullable(),
});
export type RetentionPoint = z.infer<typeof retentionPoint>;

export const recruitmentStats = z.object({
  scope: goalScope,
  id: z.string().nullable(),
  label: z.string(),
  interval: z.literal('month'),
  from: z.string(),
  to: z.string(),
  /** Counts from 1 to threshold-1 come back as "<threshold" (and a neighbour as "suppressed"); null when exact. */
  suppressionThreshold: z.number().int().nullable(),
  series: z.array(recruitmentPoint),
  retention: z.array(retentionPoint),
  /** The goals set for this scope (every metric), with progress: draw `target` by `dueOn`. */
  goals: z.array(goalStatus),
});
export type RecruitmentStats = z.infer<typeof recruitmentStats>;
