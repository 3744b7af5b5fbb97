import { z } from 'zod';
import { isoDate, version } from './domain';

/** What a goal counts. `recruits*` count members who joined between startsOn and dueOn. */
export const goalMetrics = [
  'members',
  'recruits',
  'workplace_recruits',
  'spanish_recruits',
  'mapped',
  'trained',
  'committee',
  'chapters_with_committee',
] as const;
export const goalMetric = z.enum(goalMetrics);
export type GoalMetric = z.infer<typeof goalMetric>;

/** Where a goal applies; `scopeRef` names the region, state, chapter id, industry or pod id. */
export const goalScopes = ['nation', 'region', 'state', 'chapter', 'industry', 'pod'] as const;
export const goalScope = z.enum(goalScopes);
export type GoalScope = z.infer<typeof goalScope>;

export const goal = z.object({
  id: z.number().int(),
  metric: goalMetric,
  scope: goalScope,
  scopeRef: z.string().nullable(),
  target: z.number().int(),
  startsOn: z.string().nullable(),
  dueOn: z.string(),
  createdBy: z.number().int().nullable(),
  version,
});
export type Goal = z.infer<typeof goal>;

/** A pod's goal with how far it has come (a count, suppressed for national). */
export const goalWithProgress = goal.extend({
  current: z.union([z.number().int(), z.string()]).nullable(),
});
export type GoalWithProgress = z.infer<typeof goalWithProgress>;

const goalFields = z.object({
  metric: goalMetric,
  target: z.number().int().min(1).max(10_000_000),
  startsOn: isoDate.nullable(),
  dueOn: isoDate,
});

/** A goal set on a pod (scope 'pod', scopeRef the pod id, both implied by the path). */
export const podGoalCreate = goalFields
  .partial({ startsOn: true })
  .strict()
  .refine((g) => !g.startsOn || g.startsOn <= g.dueOn, {
    message: 'The start must not be after the due date',
    path: ['startsOn'],
    params: { i18n: 'startAfterDue' },
  });
export type PodGoalCreate = z.infer<typeof podGoalCreate>;

export const goalPatch = goalFields.partial().extend({ version }).strict();
export type GoalPatch = z.infer<typeof goalPatch>;
