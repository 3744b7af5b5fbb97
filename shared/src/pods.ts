import { z } from 'zod';
import { campaignStage, isoDate, organizingStatus, version } from './domain';
import { regionCode } from './geo';
import { goalWithProgress } from './goals';
import { industryCode } from './naics';
import { count } from './stats';

/** A pod's reach: one workplace unit, a chapter, a Census region or the nation. */
export const podScopes = ['workplace', 'chapter', 'region', 'nation'] as const;
export const podScope = z.enum(podScopes);
export type PodScope = z.infer<typeof podScope>;

/** What the caller may do with a pod; the UI shows its buttons from it. */
export const podAccessLevels = ['read', 'coordinate', 'manage'] as const;

export const pod = z.object({
  id: z.number().int(),
  name: z.string(),
  description: z.string().nullable(),
  industry: z.string(),
  scope: podScope,
  chapterId: z.number().int().nullable(),
  region: z.string().nullable(),
  workplaceId: z.number().int().nullable(),
  memberCount: count,
  coordinatorCount: z.number().int(),
  version,
});
export type Pod = z.infer<typeof pod>;

export const podCoordinator = z.object({ userId: z.number().int(), email: z.string() });
export type PodCoordinator = z.infer<typeof podCoordinator>;

export const podMember = z.object({
  id: z.number().int(),
  chapterId: z.number().int(),
  firstName: z.string(),
  lastName: z.string(),
  organizingStatus,
  mapped: z.boolean(),
  version,
});
export type PodMember = z.infer<typeof podMember>;

export const podWorkplace = z.object({
  id: z.number().int(),
  chapterId: z.number().int(),
  employer: z.string(),
  siteName: z.string().nullable(),
  city: z.string().nullable(),
  state: z.string().nullable(),
  industry: z.string().nullable(),
  /** Pod members who work there now. */
  members: z.number().int(),
  campaign: z
    .object({ id: z.number().int(), stage: campaignStage, version: z.number().int() })
    .nullable(),
});
export type PodWorkplace = z.infer<typeof podWorkplace>;

/**
 * One pod. `members` lists only the people the caller may see as people (its chapter's, its
 * pods'; a member sees itself), `workplaces` where they work now (and a workplace pod's unit) with
 * each one's newest campaign. Both are absent for roles that see aggregates only (national);
 * members get no `workplaces`.
 */
export const podDetail = pod.extend({
  access: z.enum(podAccessLevels),
  coordinators: z.array(podCoordinator),
  members: z.array(podMember).optional(),
  workplaces: z.array(podWorkplace).optional(),
  goals: z.array(goalWithProgress),
});
export type PodDetail = z.infer<typeof podDetail>;

const name = z.string().trim().min(1, 'Name is required').max(120);
const description = z
  .string()
  .trim()
  .max(2000)
  .transform((v) => (v === '' ? null : v))
  .nullable();

/**
 * A new pod. `chapterId` is required for chapter pods, `workplaceId` for workplace pods (its
 * chapter and, by default, its industry follow), `region` for region pods.
 */
export const podCreate = z
  .object({
    name,
    description: description.optional(),
    industry: industryCode.optional(),
    scope: podScope,
    chapterId: z.number().int().positive().optional(),
    region: regionCode.optional(),
    workplaceId: z.number().int().positive().optional(),
    coordinatorIds: z.array(z.number().int().positive()).max(20).optional(),
  })
  .strict();
export type PodCreate = z.infer<typeof podCreate>;

export const podPatch = z
  .object({ name, description, industry: industryCode })
  .partial()
  .extend({ version })
  .strict();
export type PodPatch = z.infer<typeof podPatch>;

export const podListQuery = z.object({
  chapterId: z.coerce.number().int().positive().optional(),
  industry: industryCode.optional(),
  scope: podScope.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  cursor: z.string().regex(/^\d+$/, 'Use the nextCursor of the previous page').optional(),
});
export type PodListQuery = z.infer<typeof podListQuery>;

export const podMemberParams = z.object({
  id: z.coerce.number().int().positive(),
  memberId: z.coerce.number().int().positive(),
});
export const podCoordinatorParams = z.object({
  id: z.coerce.number().int().positive(),
  userId: z.coerce.number().int().positive(),
});
export const podMeetingParams = z.object({
  id: z.coerce.number().int().positive(),
  meetingId: z.coerce.number().int().positive(),
});
export const podGoalParams = z.object({
  id: z.coerce.number().int().positive(),
  goalId: z.coerce.number().int().positive(),
});

export const meetingKinds = ['meeting', 'training'] as const;

export const podMeeting = z.object({
  id: z.number().int(),
  podId: z.number().int(),
  heldOn: z.string(),
  kind: z.enum(meetingKinds),
  title: z.string(),
  workplaceTraining: z.boolean(),
  /** How many attended (suppressed for callers who see aggregates only). */
  attendees: count,
  /** Attendees the caller may see as people; absent for aggregate-only roles. */
  attendeeIds: z.array(z.number().int()).optional(),
});
export type PodMeeting = z.infer<typeof podMeeting>;

export const podMeetingCreate = z
  .object({
    heldOn: isoDate,
    kind: z.enum(meetingKinds),
    title: z.string().trim().min(1, 'Title is required').max(200),
    workplaceTraining: z.boolean().default(false),
  })
  .strict()
  .refine((m) => m.kind === 'training' || !m.workplaceTraining, {
    message: 'Only a training can be a workplace-organizing training',
    path: ['workplaceTraining'],
    params: { i18n: 'trainingOnly' },
  });
export type PodMeetingCreate = z.infer<typeof podMeetingCreate>;

/** The whole attendance of a meeting (replaces what was recorded). */
export const attendanceBody = z
  .object({ memberIds: z.array(z.number().int().positive()).max(5000) })
  .strict();
export type AttendanceBody = z.infer<typeof attendanceBody>;

export const attendanceResult = podMeeting.extend({
  /** Members this attendance moved from not_started to trained. */
  trained: z.array(z.number().int()),
});

export const podMembership = z.object({
  podId: z.number().int(),
  memberId: z.number().int(),
  added: z.boolean(),
});
