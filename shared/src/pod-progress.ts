import { z } from 'zod';
import { goalWithProgress } from './goals';
import { count } from './stats';

const month = z
  .string()
  .regex(
    /^\d{4}-(0[1-9]|1[0-2])(-\d{2})?$/,
    'Use a month written YYYY-MM (or a date YYYY-MM-DD, whose month is taken)',
  )
  .transform((v) => v.slice(0, 7));

/** Months are calendar months in UTC; the default is the last 24 months, this one included. */
export const podProgressQuery = z
  .object({
    from: month.optional(),
    to: month.optional(),
    interval: z.enum(['month']).default('month'),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    message: 'from must not be after to',
    path: ['from'],
    params: { i18n: 'fromAfterTo' },
  });
export type PodProgressQuery = z.infer<typeof podProgressQuery>;

/**
 * One month of a pod's progress, as of the end of that month:
 * - `members`, `byStatus`: the pod's current members who had joined by then, by the organizing
 *   status each had at the month's end (from the organizing-status history);
 * - `workplacesByStage`: the pod's current workplaces by the stage their newest campaign had then
 *   (`none`: no campaign yet), from the stage history;
 * - `recruits`: pod members recruited at work (source `workplace` or `campaign`) who joined that month;
 * - `meetings`, `attendances` (member × meeting), `attendees` (distinct members) of the pod that month.
 */
export const podProgressPoint = z.object({
  month: z.string(),
  members: count,
  byStatus: z.record(z.string(), count),
  workplacesByStage: z.record(z.string(), count),
  recruits: count,
  meetings: z.number().int(),
  attendances: count,
  attendees: count,
});
export type PodProgressPoint = z.infer<typeof podProgressPoint>;

export const podProgress = z.object({
  podId: z.number().int(),
  interval: z.literal('month'),
  from: z.string(),
  to: z.string(),
  /** Counts from 1 to threshold-1 are suppressed ("<5") for callers who see aggregates only; null when exact. */
  suppressionThreshold: z.number().int().nullable(),
  series: z.array(podProgressPoint),
  /** Now: the pod's members by organizing status, and its workplaces by campaign stage. */
  funnel: z.record(z.string(), count),
  workplacesByStage: z.record(z.string(), count),
  goals: z.array(goalWithProgress),
});
export type PodProgress = z.infer<typeof podProgress>;
