import { z } from 'zod';
import { id, language, version } from './domain';
import { stateCode } from './geo';
import { industryCode } from './naics';

/** What a reserve organizer can help a new labor formation with. */
export const reserveSkills = [
  'one_on_ones',
  'workplace_mapping',
  'committee_building',
  'union_elections',
  'contract_campaigns',
  'strikes_and_actions',
  'bargaining',
  'labor_law',
  'strategic_research',
  'training_trainers',
] as const;
export const reserveSkill = z.enum(reserveSkills);

const distinct = <T extends z.ZodType>(item: T, min: number, max: number) =>
  z
    .array(item)
    .min(min)
    .max(max)
    .transform((xs) => [...new Set(xs)] as z.infer<T>[]);

/**
 * `PUT /api/me/reserve`: a member opts in to the organizer reserve (or changes their entry).
 * Being listed means national staff see their name, chapter and these answers; never their workplace.
 */
export const reserveOptIn = z
  .object({
    skills: distinct(reserveSkill, 1, reserveSkills.length),
    languages: distinct(language, 1, 2),
    hoursPerMonth: z.number().int().min(1).max(160),
    /** States they can help in. */
    states: distinct(stateCode, 1, 51),
    /** Industries they know (NAICS sectors); may be empty. */
    industries: distinct(industryCode, 0, 20),
  })
  .strict();
export type ReserveOptIn = z.infer<typeof reserveOptIn>;

const answers = {
  skills: z.array(z.string()),
  languages: z.array(z.string()),
  hoursPerMonth: z.number().int(),
  states: z.array(z.string()),
  industries: z.array(z.string()),
};

/** The signed-in member's own entry (`GET /api/me/reserve` → `{ entry }`, null when not listed). */
export const reserveSelf = z.object({
  id: z.number().int(),
  memberId: z.number().int(),
  ...answers,
  since: z.string(),
  version,
});
export const reserveSelfResponse = z.object({ entry: reserveSelf.nullable() });

/** A reserve organizer as national staff see them: no workplace, no contact details. */
export const reserveOrganizer = z.object({
  id: z.number().int(),
  memberId: z.number().int(),
  firstName: z.string(),
  lastName: z.string(),
  chapter: z.object({ id: z.number().int(), name: z.string(), state: z.string() }),
  ...answers,
  /** Mentorships proposed or active. */
  openMentorships: z.number().int(),
  since: z.string(),
  version,
});
export type ReserveOrganizer = z.infer<typeof reserveOrganizer>;

export const reserveListQuery = z.object({
  state: stateCode.optional(),
  language: language.optional(),
  industry: industryCode.optional(),
  skill: reserveSkill.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  cursor: z.string().regex(/^\d+$/, 'Use the nextCursor of the previous page').optional(),
});
export type ReserveListQuery = z.infer<typeof reserveListQuery>;

export const reserveSuggestionQuery = z.object({
  chapterId: id,
  /** Spanish speakers first; without it, the chapter's own `wantsSpanish` decides. */
  spanish: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});
export type ReserveSuggestionQuery = z.infer<typeof reserveSuggestionQuery>;

/**
 * Reserve organizers for a chapter building a labor formation, best first: those who know the
 * chapter's most common workplace industry, then (when asked) Spanish speakers, then the nearest
 * (great-circle distance between the two chapters).
 */
export const reserveSuggestions = z.object({
  chapter: z.object({
    id: z.number().int(),
    name: z.string(),
    state: z.string(),
    isSouth: z.boolean(),
    hasLaborCommittee: z.boolean(),
    /** Its most common workplace industry (by workplaces on record), null when it has none. */
    industry: z.string().nullable(),
    spanishFirst: z.boolean(),
  }),
  items: z.array(
    reserveOrganizer.extend({
      sameIndustry: z.boolean(),
      speaksSpanish: z.boolean(),
      supportsState: z.boolean(),
      distanceKm: z.number().nullable(),
    }),
  ),
});
export type ReserveSuggestions = z.infer<typeof reserveSuggestions>;
