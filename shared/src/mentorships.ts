import { z } from 'zod';
import { optionalText, version } from './domain';

export const mentorshipStatuses = ['proposed', 'active', 'ended'] as const;
export const mentorshipStatus = z.enum(mentorshipStatuses);
export type MentorshipStatus = z.infer<typeof mentorshipStatus>;

/**
 * A reserve organizer supporting a chapter (its new labor formation) or one member. `startedOn`
 * is set when it becomes active, `endedOn` when it ends; an ended mentorship stays ended.
 */
export const mentorship = z.object({
  id: z.number().int(),
  reserveId: z.number().int(),
  mentor: z.object({
    memberId: z.number().int(),
    firstName: z.string(),
    lastName: z.string(),
    chapterId: z.number().int(),
    chapterName: z.string(),
    /** False once the organizer has left the reserve. */
    inReserve: z.boolean(),
  }),
  chapter: z.object({ id: z.number().int(), name: z.string(), state: z.string() }).nullable(),
  /** The mentored member, by id only: their record stays with their chapter. */
  memberId: z.number().int().nullable(),
  status: mentorshipStatus,
  notes: z.string().nullable(),
  startedOn: z.string().nullable(),
  endedOn: z.string().nullable(),
  createdAt: z.string(),
  version,
});
export type Mentorship = z.infer<typeof mentorship>;

const positive = z.number().int().positive();

export const mentorshipCreate = z
  .object({
    reserveId: positive,
    chapterId: positive.optional(),
    memberId: positive.optional(),
    notes: optionalText(2000).optional(),
  })
  .strict()
  .refine((b) => (b.chapterId === undefined) !== (b.memberId === undefined), {
    message: 'Give either a chapterId or a memberId',
    path: ['chapterId'],
    params: { i18n: 'chapterOrMember' },
  });
export type MentorshipCreate = z.infer<typeof mentorshipCreate>;

export const mentorshipPatch = z
  .object({ status: mentorshipStatus.optional(), notes: optionalText(2000).optional(), version })
  .strict();
export type MentorshipPatch = z.infer<typeof mentorshipPatch>;

export const mentorshipListQuery = z.object({
  status: mentorshipStatus.optional(),
  chapterId: z.coerce.number().int().positive().optional(),
  reserveId: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  cursor: z.string().regex(/^\d+$/, 'Use the nextCursor of the previous page').optional(),
});
export type MentorshipListQuery = z.infer<typeof mentorshipListQuery>;
