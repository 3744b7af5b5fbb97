import { z } from 'zod';
import { isoDate, version } from './domain';
import { listQuery } from './pagination';

/** members_decide: advisory yes/no; endorsement: one member one vote; leadership: ranked ballots. */
export const voteKinds = ['members_decide', 'endorsement', 'leadership'] as const;
export const voteKind = z.enum(voteKinds);
export type VoteKind = z.infer<typeof voteKind>;

/** draft → scheduled → open → closed, forward only. */
export const voteStates = ['draft', 'scheduled', 'open', 'closed'] as const;
export const voteState = z.enum(voteStates);
export type VoteState = z.infer<typeof voteState>;

export const yesNoChoices = ['yes', 'no', 'abstain'] as const;
export const yesNoChoice = z.enum(yesNoChoices);
export type YesNoChoice = z.infer<typeof yesNoChoice>;

/** Fewer ballots than this and only the totals are published, never the ballots themselves. */
export const BALLOTS_PUBLISHED_FROM = 20;

/** Text as stored: English, Spanish, or both (the other is null). */
export const localized = z.object({ en: z.string().nullable(), es: z.string().nullable() });
export type Localized = z.infer<typeof localized>;

/** Text as written: at least one of English and Spanish. */
export const localizedInput = (max: number) =>
  z
    .object({
      en: z.string().trim().max(max).nullable().optional(),
      es: z.string().trim().max(max).nullable().optional(),
    })
    .strict()
    .refine((v) => !!(v.en || v.es), {
      message: 'Write it in English, Spanish or both',
      params: { i18n: 'englishOrSpanish' },
    });

/** The text in a language, falling back to the other one; says which language it is in. */
/**
 * When ballots stop being taken: the end of the closing day everywhere in the United States,
 * midnight in Hawaii (UTC−10), so no member loses the last hours of that day.
 */
export function votingEndsAt(closesOn: string): Date {
  const next = new Date(`${closesOn}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return new Date(next.getTime() + 10 * 3600_000);
}

export function pickLanguage(
  text: Localized,
  lang: 'en' | 'es',
): { text: string; language: 'en' | 'es' } {
  const other = lang === 'en' ? 'es' : 'en';
  return text[lang]
    ? { text: text[lang], language: lang }
    : { text: text[other] ?? '', language: other };
}

export const candidate = z.object({ id: z.number().int(), name: z.string() });
export type Candidate = z.infer<typeof candidate>;

export const vote = z.object({
  id: z.number().int(),
  kind: voteKind,
  state: voteState,
  title: localized,
  question: localized,
  /** Seats to fill (leadership); null for yes/no votes. */
  seats: z.number().int().nullable(),
  candidates: z.array(candidate),
  petitionId: z.number().int().nullable(),
  opensOn: z.string().nullable(),
  closesOn: z.string().nullable(),
  openedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  statementsSentAt: z.string().nullable(),
  /** Members on the roll, frozen when the vote opened. */
  rollSize: z.number().int().nullable(),
  createdAt: z.string(),
  version,
});
export type Vote = z.infer<typeof vote>;

export const voteCreate = z
  .object({
    kind: voteKind,
    title: localizedInput(200),
    question: localizedInput(4000),
    seats: z.number().int().min(1).max(50).optional(),
    candidates: z
      .array(z.object({ name: z.string().trim().min(1).max(120) }).strict())
      .max(100)
      .optional(),
    opensOn: isoDate.optional(),
    closesOn: isoDate.optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    const n = v.candidates?.length ?? 0;
    if (v.kind === 'leadership') {
      if (n < 2)
        ctx.addIssue({
          code: 'custom',
          path: ['candidates'],
          message: 'Name at least two candidates',
          params: { i18n: 'twoCandidates' },
        });
      else if ((v.seats ?? 1) >= n)
        ctx.addIssue({
          code: 'custom',
          path: ['seats'],
          message: 'Fewer seats than candidates',
          params: { i18n: 'fewerSeats' },
        });
    } else if (n || v.seats) {
      ctx.addIssue({
        code: 'custom',
        path: [n ? 'candidates' : 'seats'],
        message: 'Only leadership elections have candidates and seats',
        params: { i18n: 'leadershipOnly' },
      });
    }
    if (v.opensOn && v.closesOn && v.opensOn > v.closesOn)
      ctx.addIssue({
        code: 'custom',
        path: ['closesOn'],
        message: 'Closes before it opens',
        params: { i18n: 'closesBeforeOpens' },
      });
  });
export type VoteCreate = z.infer<typeof voteCreate>;

export const voteStateChange = z
  .object({
    state: z.enum(['scheduled', 'open', 'closed']),
    opensOn: isoDate.optional(),
    closesOn: isoDate.optional(),
    version,
  })
  .strict();
export type VoteStateChange = z.infer<typeof voteStateChange>;

export const voteListQuery = listQuery.extend({
  state: voteState.optional(),
  kind: voteKind.optional(),
});
export type VoteListQuery = z.infer<typeof voteListQuery>;

/** A ballot as sent: `choice` for yes/no votes, `rankings` (1 = first preference) for leadership. */
export const ballotBody = z
  .object({
    choice: yesNoChoice.optional(),
    rankings: z
      .array(z.object({ candidate: z.number().int(), rank: z.number().int() }).strict())
      .max(100)
      .optional(),
  })
  .strict();
export type BallotBody = z.infer<typeof ballotBody>;

/** A ballot as stored and published: the choice, or candidate ids in order of preference. */
export const ballotChoices = z.union([
  z.object({ choice: yesNoChoice }),
  z.object({ ranking: z.array(z.number().int()) }),
]);
export type BallotChoices = z.infer<typeof ballotChoices>;

/** The voter's receipt: shown once. Its SHA-256 (hex) is published beside the ballot after close. */
export const ballotReceipt = z.object({ receipt: z.string(), receiptHash: z.string() });
