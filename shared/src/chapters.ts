import { z } from 'zod';
import { chapterSizeClass, version } from './domain';
import { stateCode } from './geo';

export const chapter = z.object({
  id: z.number().int(),
  name: z.string(),
  state: z.string(),
  city: z.string().nullable(),
  zip: z.string().nullable(),
  lat: z.number().nullable(),
  lng: z.number().nullable(),
  hasLaborCommittee: z.boolean(),
  hasClcDelegate: z.boolean(),
  sizeClass: chapterSizeClass,
  /** The chapter asks for Spanish-speaking reserve organizers (always sent; optional for older fixtures). */
  wantsSpanish: z.boolean().optional(),
  isSouth: z.boolean(),
  version,
});
export type Chapter = z.infer<typeof chapter>;

export const chapterPatch = z
  .object({
    name: z.string().trim().min(1).max(120),
    state: stateCode,
    city: z.string().trim().max(120).nullable(),
    hasLaborCommittee: z.boolean(),
    hasClcDelegate: z.boolean(),
    sizeClass: chapterSizeClass,
    wantsSpanish: z.boolean(),
  })
  .partial()
  .extend({ version })
  .strict();
export type ChapterPatch = z.infer<typeof chapterPatch>;
