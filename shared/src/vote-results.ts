import { z } from 'zod';
import { count } from './stats';
import { ballotChoices, voteKind } from './votes';

/** How a tie was settled: by the most recent earlier stage at which the tied differed, or by lot. */
export const tieBreak = z.object({
  among: z.array(z.number().int()),
  decidedBy: z.enum(['earlier_stage', 'lot']),
  /** The earlier stage that decided it, or the stage whose lot was drawn. */
  stage: z.number().int(),
  chosen: z.number().int(),
});
export type TieBreak = z.infer<typeof tieBreak>;

/** One stage of a ranked count; vote values to five decimal places, keyed by candidate id. */
export const rankedRound = z.object({
  stage: z.number().int(),
  action: z.enum(['first_preferences', 'surplus', 'exclusion', 'last_vacancies']),
  /** Whose surplus was transferred, or who was excluded. */
  candidate: z.number().int().nullable(),
  transfers: z.record(z.string(), z.number()),
  /** Value that went to no continuing candidate at this stage (exhausted papers, fractions). */
  nonTransferable: z.number(),
  votes: z.record(z.string(), z.number()),
  elected: z.array(z.number().int()),
  tieBreak: tieBreak.nullable(),
});
export type RankedRound = z.infer<typeof rankedRound>;

export const rankedOutcome = z.object({
  method: z.enum(['irv', 'stv']),
  rule: z.string(),
  seats: z.number().int(),
  validBallots: z.number().int(),
  /** Droop quota (STV); null for instant runoff, which needs a majority of continuing ballots. */
  quota: z.number().int().nullable(),
  elected: z.array(z.number().int()),
  rounds: z.array(rankedRound),
  /** The recorded seed of any lot drawn: a recount with it draws the same. */
  seed: z.string(),
});
export type RankedOutcome = z.infer<typeof rankedOutcome>;

export const choiceOutcome = z.object({
  method: z.literal('majority'),
  totals: z.object({ yes: z.number().int(), no: z.number().int(), abstain: z.number().int() }),
  /** Yes against no; abstentions count toward turnout only. */
  result: z.enum(['yes', 'no', 'tie']),
});
export type ChoiceOutcome = z.infer<typeof choiceOutcome>;

export const voteOutcome = z.union([choiceOutcome, rankedOutcome]);
export type VoteOutcome = z.infer<typeof voteOutcome>;

export const publishedBallot = z.object({ receiptHash: z.string(), choices: ballotChoices });
export type PublishedBallot = z.infer<typeof publishedBallot>;

/** Frozen when the vote closes. */
export const voteResults = z.object({
  voteId: z.number().int(),
  kind: voteKind,
  closedAt: z.string(),
  rollSize: z.number().int(),
  /** Members who took part: ballots here plus participation imported from a vote run elsewhere. */
  participation: z.number().int(),
  ballotsCast: z.number().int(),
  outcome: voteOutcome,
  /** True when enough members voted for the individual ballots to be published. */
  ballotsPublished: z.boolean(),
  minimumForPublication: z.number().int(),
  /** Every ballot with its receipt hash, sorted by hash (null below the minimum). */
  ballots: z.array(publishedBallot).nullable(),
  /** Every receipt hash, sorted: each voter can check their ballot was counted. */
  receiptHashes: z.array(z.string()),
});
export type VoteResults = z.infer<typeof voteResults>;

export const turnoutGroupings = ['chapter', 'region', 'pod', 'industry'] as const;
export const turnoutQuery = z.object({ by: z.enum(turnoutGroupings).default('chapter') });

export const turnout = z.object({
  voteId: z.number().int(),
  by: z.enum(turnoutGroupings),
  suppressionThreshold: z.number().int().nullable(),
  roll: count,
  voted: count,
  /** Percent of the roll that voted; null where a count behind it is suppressed. */
  turnout: z.number().nullable(),
  groups: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      roll: count,
      voted: count,
      turnout: z.number().nullable(),
    }),
  ),
});
export type Turnout = z.infer<typeof turnout>;

export const participationImportResult = z.object({
  committed: z.boolean(),
  recorded: z.number().int(),
  alreadyRecorded: z.number().int(),
  rejected: z.array(z.object({ line: z.number().int(), errors: z.array(z.string()) })),
});
export type ParticipationImportResult = z.infer<typeof participationImportResult>;
export const participationImportQuery = z.object({
  skipRejected: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});
