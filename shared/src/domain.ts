import { z } from 'zod';

export const roles = ['national', 'chapter', 'organizer', 'member', 'admin'] as const;
export const role = z.enum(roles);
export type Role = z.infer<typeof role>;

export const languages = ['en', 'es'] as const;
export const language = z.enum(languages);
export type Language = z.infer<typeof language>;

/** Where a member is in organizing their own workplace, in order. */
export const organizingStatuses = [
  'not_started',
  'trained',
  'mapping',
  'committee',
  'campaign',
  'unionized',
] as const;
export const organizingStatus = z.enum(organizingStatuses);
export type OrganizingStatus = z.infer<typeof organizingStatus>;

export const campaignStages = [
  'mapping',
  'committee',
  'majority',
  'public',
  'election',
  'bargaining',
  'won',
  'lost',
  'paused',
] as const;
export const campaignStage = z.enum(campaignStages);
export type CampaignStage = z.infer<typeof campaignStage>;

export const membershipStatuses = ['good_standing', 'lapsed', 'expired'] as const;
export const membershipStatus = z.enum(membershipStatuses);
export type MembershipStatus = z.infer<typeof membershipStatus>;

export const chapterSizeClasses = ['metro', 'small_city', 'rural'] as const;
export const chapterSizeClass = z.enum(chapterSizeClasses);
export type ChapterSizeClass = z.infer<typeof chapterSizeClass>;

export const unionStatuses = ['non_union', 'union', 'partial', 'unknown'] as const;
export const unionStatus = z.enum(unionStatuses);
export type UnionStatus = z.infer<typeof unionStatus>;

export const workplaceSizes = ['1-9', '10-49', '50-249', '250-999', '1000+'] as const;
export const workplaceSize = z.enum(workplaceSizes);

export const recruitmentSources = ['workplace', 'campaign', 'event', 'online', 'other'] as const;
export const recruitmentSource = z.enum(recruitmentSources);

export const id = z.coerce.number().int().positive();
export const version = z.number().int().nonnegative();
export const isoDate = z.iso.date({ message: 'Use a date written YYYY-MM-DD' });

/** Free text up to `max` characters, trimmed; an empty string is stored as null. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((v) => (v === '' ? null : v))
    .nullable();
