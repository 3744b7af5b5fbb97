import { z } from 'zod';
import { language, version } from './domain';
import { candidate, localized, localizedInput, vote, voteKind, voteState } from './votes';

const url = z.url({ message: 'Use a full link starting with https://' }).max(500);
const dateTime = z.iso.datetime({ message: 'Use a date and time like 2026-12-01T23:00:00Z' });

/** An all-member forum before a vote: when, where to join, and the recording afterwards. */
export const forum = z.object({
  id: z.number().int(),
  voteId: z.number().int(),
  startsAt: z.string(),
  link: z.string().nullable(),
  recordingUrl: z.string().nullable(),
  version,
});
export type Forum = z.infer<typeof forum>;

export const forumCreate = z.object({ startsAt: dateTime, link: url }).strict();
export type ForumCreate = z.infer<typeof forumCreate>;

export const forumPatch = z
  .object({
    startsAt: dateTime.optional(),
    link: url.optional(),
    recordingUrl: url.nullable().optional(),
    version,
  })
  .strict();
export type ForumPatch = z.infer<typeof forumPatch>;

export const statementSides = ['for', 'against'] as const;
export const statementSide = z.enum(statementSides);
export const statementStatuses = ['submitted', 'approved', 'rejected'] as const;

/** A statement for or against, written by members; sent to every member once national approves it. */
export const statement = z.object({
  id: z.number().int(),
  voteId: z.number().int(),
  side: statementSide,
  text: localized,
  status: z.enum(statementStatuses),
  /** Written by the caller. */
  mine: z.boolean(),
  createdAt: z.string(),
  reviewedAt: z.string().nullable(),
  version,
});
export type Statement = z.infer<typeof statement>;

export const statementCreate = z
  .object({ side: statementSide, text: localizedInput(6000) })
  .strict();
export type StatementCreate = z.infer<typeof statementCreate>;

/** National's decision; `text` may add the translation (or correct a language) before sending. */
export const statementReview = z
  .object({
    approved: z.boolean(),
    text: z
      .object({
        en: z.string().trim().min(1).max(6000).optional(),
        es: z.string().trim().min(1).max(6000).optional(),
      })
      .strict()
      .optional(),
    version,
  })
  .strict();
export type StatementReview = z.infer<typeof statementReview>;

export const statementsSent = z.object({
  vote,
  /** Mails written to the outbox, one per member in good standing with an email address. */
  queued: z.number().int(),
});

export const voteDetail = vote.extend({
  forums: z.array(forum),
  /** Approved statements for everyone; national and admins also see those awaiting review. */
  statements: z.array(statement),
});

/** A vote on the member page, in the member's language where the text exists in both. */
export const memberVote = z.object({
  id: z.number().int(),
  kind: voteKind,
  state: voteState,
  title: z.string(),
  question: z.string(),
  language,
  seats: z.number().int().nullable(),
  candidates: z.array(candidate),
  opensOn: z.string().nullable(),
  closesOn: z.string().nullable(),
  /** Null until the roll freezes when the vote opens. */
  onRoll: z.boolean().nullable(),
  voted: z.boolean(),
  forums: z.array(forum),
  statements: z.array(
    z.object({ id: z.number().int(), side: statementSide, text: z.string(), language }),
  ),
});
export type MemberVote = z.infer<typeof memberVote>;
export const memberVotes = z.object({ language, votes: z.array(memberVote) });
/** The language the page is read in; without it, the member's preferred language. */
export const memberVotesQuery = z.object({ lang: language.optional() });
