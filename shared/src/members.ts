import { z } from 'zod';
import {
  optionalText,
  isoDate,
  language,
  membershipStatus,
  organizingStatus,
  recruitmentSource,
  version,
} from './domain';
import { zip5 } from './geo';

export const member = z.object({
  id: z.number().int(),
  chapterId: z.number().int(),
  akId: z.string().nullable(),
  firstName: z.string(),
  lastName: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  zip: z.string().nullable(),
  preferredLanguage: language,
  joinedOn: z.string().nullable(),
  lapsedOn: z.string().nullable(),
  status: membershipStatus,
  recruitmentSource: recruitmentSource.nullable(),
  recruitedBy: z.string().nullable(),
  unionMember: z.boolean(),
  unionName: z.string().nullable(),
  unionLocal: z.string().nullable(),
  unionStaff: z.boolean(),
  organizingStatus,
  leadershipNotes: z.string().nullable(),
  version,
});
export type Member = z.infer<typeof member>;

const text = (max: number) => z.string().trim().max(max);

export const memberFields = z.object({
  akId: optionalText(40),
  firstName: text(80).min(1, 'First name is required'),
  lastName: text(80).min(1, 'Last name is required'),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .email({ message: 'Enter an email address like name@example.org' })
    .max(254)
    .nullable(),
  phone: optionalText(40),
  zip: zip5.nullable(),
  preferredLanguage: language,
  joinedOn: isoDate.nullable(),
  lapsedOn: isoDate.nullable(),
  status: membershipStatus,
  recruitmentSource: recruitmentSource.nullable(),
  recruitedBy: optionalText(120),
  unionMember: z.boolean(),
  unionName: optionalText(120),
  unionLocal: optionalText(60),
  unionStaff: z.boolean(),
  organizingStatus,
  leadershipNotes: optionalText(4000),
});

export const memberCreate = memberFields
  .partial()
  .required({ firstName: true, lastName: true })
  .strict();
export type MemberCreate = z.infer<typeof memberCreate>;
export const memberPatch = memberFields.partial().extend({ version }).strict();
export type MemberPatch = z.infer<typeof memberPatch>;

export const memberListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().regex(/^\d+$/, 'Use the nextCursor of the previous page').optional(),
  q: z.string().trim().max(100).optional(),
  status: membershipStatus.optional(),
  organizingStatus: organizingStatus.optional(),
  mapped: z.enum(['yes', 'no']).optional(),
});
export type MemberListQuery = z.infer<typeof memberListQuery>;

export const employment = z.object({
  id: z.number().int(),
  memberId: z.number().int(),
  workplaceId: z.number().int(),
  employer: z.string(),
  siteName: z.string().nullable(),
  /** The workplace's ZIP code and industry, so a member's own form starts from them. */
  zip: z.string(),
  industry: z.string().nullable(),
  jobTitle: z.string().nullable(),
  since: z.string().nullable(),
  endedOn: z.string().nullable(),
  shopSteward: z.boolean(),
});
export type Employment = z.infer<typeof employment>;

export const employmentCreate = z
  .object({
    workplaceId: z.number().int().positive(),
    jobTitle: z.string().trim().max(120).nullable().optional(),
    since: isoDate.nullable().optional(),
    shopSteward: z.boolean().optional(),
  })
  .strict();
export type EmploymentCreate = z.infer<typeof employmentCreate>;

export const memberWithWork = member.extend({ employments: z.array(employment) });
export type MemberWithWork = z.infer<typeof memberWithWork>;

export const statusHistoryEntry = z.object({
  fromStatus: organizingStatus.nullable(),
  toStatus: organizingStatus,
  changedAt: z.string(),
  changedBy: z.number().int().nullable(),
  note: z.string().nullable(),
});
