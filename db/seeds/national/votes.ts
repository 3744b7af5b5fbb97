import type { Knex } from 'knex';
import type { BallotChoices, VoteKind } from '@shopfloor/shared';
import type { Rng } from '../random';
import { ballotBox, drawChoice, frozenResults, materialRows } from '../vote-rows';
import { insertRows, resetSequences } from './bulk-insert';
import { DAY_MS, dayAt, isoAt, type Row } from './time';
import { voteTexts } from './vote-texts';

interface Member {
  id: number;
  chapterId: number;
  joinedOn: string;
  lapsedOn: string | null;
  industry: string | null;
}

const inGoodStanding = (m: Member, day: string) =>
  m.joinedOn <= day && (m.lapsedOn === null || m.lapsedOn > day);

/** k members drawn without replacement (a partial Fisher–Yates shuffle). */
function sample<T>(r: Rng, items: readonly T[], k: number): T[] {
  const a = [...items];
  for (let i = 0; i < Math.min(k, a.length); i++) {
    const j = r.int(i, a.length - 1);
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a.slice(0, k);
}

export interface VoteSeed {
  tables: [string, Row[]][];
  summary: string;
}

/**
 * Votes for the national data set: one Members Decide vote called by a qualified petition and one
 * endorsement, both closed with their roll, participation, anonymous ballots and frozen results;
 * and one petition still collecting signatures. Rows carry explicit ids like the rest.
 */
export function generateVotes(
  r: Rng,
  memberRows: readonly Row[],
  employments: readonly Row[],
  workplaces: readonly Row[],
  today: Date,
  nationalUserId = 2,
): VoteSeed {
  const industryOf = new Map(workplaces.map((w) => [w.id as number, w.industry as string | null]));
  const jobOf = new Map<number, string | null>();
  for (const e of employments)
    if (e.ended_on === null)
      jobOf.set(e.member_id as number, industryOf.get(e.workplace_id as number) ?? null);
  const members: Member[] = memberRows.map((m) => ({
    id: m.id as number,
    chapterId: m.chapter_id as number,
    joinedOn: m.joined_on as string,
    lapsedOn: (m.lapsed_on as string | null) ?? null,
    industry: jobOf.get(m.id as number) ?? null,
  }));
  const t = today.getTime();
  const at = (days: number) => isoAt(t - days * DAY_MS);
  const out = {
    petitions: [] as Row[],
    petition_signatures: [] as Row[],
    votes: [] as Row[],
    vote_forums: [] as Row[],
    vote_statements: [] as Row[],
    vote_roll: [] as Row[],
    vote_participation: [] as Row[],
    vote_ballots: [] as Row[],
  };

  const petition = (
    id: number,
    openedDays: number,
    signed: number,
    qualifiedDays: number | null,
  ) => {
    const day = dayAt(t - openedDays * DAY_MS);
    const eligible = members.filter((m) => inGoodStanding(m, day));
    const threshold = Math.ceil(eligible.length * 0.05);
    const count = qualifiedDays === null ? Math.round(threshold * signed) : threshold;
    const text = voteTexts.petitions[id - 1]!;
    out.petitions.push({
      id,
      title: text.title,
      question: text.question,
      language: 'en',
      state: qualifiedDays === null ? 'open' : 'qualified',
      opened_by_member_id: eligible[0]!.id,
      opened_at: at(openedDays),
      members_in_good_standing: eligible.length,
      threshold_percent: 5,
      threshold,
      signature_count: count,
      qualified_at: qualifiedDays === null ? null : at(qualifiedDays),
      version: qualifiedDays === null ? 0 : 1,
      created_at: at(openedDays),
      updated_at: at(qualifiedDays ?? openedDays),
    });
    const until = qualifiedDays ?? 0;
    for (const m of sample(r, eligible, count))
      out.petition_signatures.push({
        petition_id: id,
        member_id: m.id,
        signed_at: at(until + r.next() * (openedDays - until)),
      });
  };

  const closedVote = (
    id: number,
    kind: VoteKind,
    petitionId: number | null,
    openedDays: number,
    shares: [number, number],
  ) => {
    const day = dayAt(t - openedDays * DAY_MS);
    const roll = members.filter((m) => inGoodStanding(m, day));
    const rate = new Map<number, number>();
    const voters = roll.filter((m) => {
      if (!rate.has(m.chapterId)) rate.set(m.chapterId, 0.1 + r.next() * 0.35);
      return r.chance(rate.get(m.chapterId)!);
    });
    const text = voteTexts.votes[id - 1]!;
    const choices: BallotChoices[] = voters.map(() => drawChoice(r, shares[0], shares[1]));
    const box = ballotBox(r, id, choices);
    const closedAt = at(openedDays - 14);
    const results = frozenResults({ id, kind, seats: null, candidates: [] }, box.ballots, {
      closedAt,
      rollSize: roll.length,
      participation: voters.length,
      seed: `national-${id}`,
    });
    out.votes.push({
      id,
      kind,
      state: 'closed',
      title_en: text.title[0],
      title_es: text.title[1],
      question_en: text.question[0],
      question_es: text.question[1],
      seats: null,
      candidates_json: '[]',
      petition_id: petitionId,
      called_by_user_id: petitionId === null ? nationalUserId : null,
      opens_on: day,
      closes_on: dayAt(t - (openedDays - 14) * DAY_MS),
      opened_at: at(openedDays),
      closed_at: closedAt,
      statements_sent_at: at(openedDays + 14),
      roll_size: roll.length,
      ballots_cast: voters.length,
      results_json: JSON.stringify(results),
      version: 4,
      created_at: at(openedDays + 30),
      updated_at: closedAt,
    });
    const materials = materialRows(
      id,
      { forum: id * 2 - 1, statement: id * 2 - 1 },
      {
        forums: [at(openedDays + 10), at(openedDays + 5)],
        sent: at(openedDays + 14),
        userId: nationalUserId,
      },
      text.statements,
    );
    out.vote_forums.push(...materials.forums);
    out.vote_statements.push(...materials.statements);
    for (const m of roll)
      out.vote_roll.push({
        vote_id: id,
        member_id: m.id,
        chapter_id: m.chapterId,
        industry: m.industry,
      });
    for (const m of voters)
      out.vote_participation.push({ vote_id: id, member_id: m.id, source: 'online' });
    out.vote_ballots.push(...box.rows);
    return `${kind} vote: ${voters.length} of ${roll.length} voted, ${results.outcome.method === 'majority' ? results.outcome.result : ''}`;
  };

  petition(2, 150, 1, 135);
  const decide = closedVote(1, 'members_decide', 2, 120, [0.58, 0.35]);
  const endorse = closedVote(2, 'endorsement', null, 60, [0.64, 0.31]);
  petition(1, 9, 0.6, null);
  return {
    tables: Object.entries(out),
    summary: `votes: ${decide}; ${endorse}; petitions: ${out.petitions.length}, ${out.petition_signatures.length} signatures`,
  };
}

/** Writes the generated vote rows inside the seeding transaction and moves the id sequences on. */
export async function insertVotes(trx: Knex, seed: VoteSeed, step: (what: string) => void) {
  for (const [table, rows] of seed.tables) {
    await insertRows(trx, table, rows);
    step(`inserted ${rows.length} ${table}`);
  }
  await resetSequences(trx, ['petitions', 'votes', 'vote_forums', 'vote_statements']);
}
