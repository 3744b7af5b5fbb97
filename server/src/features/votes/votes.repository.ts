import { isPostgres } from '@shopfloor/db';
import type { Knex } from 'knex';
import type {
  Candidate,
  Vote,
  VoteKind,
  VoteListQuery,
  VoteResults,
  VoteState,
} from '@shopfloor/shared';

export interface VoteValues {
  kind?: VoteKind;
  state?: VoteState;
  titleEn?: string | null;
  titleEs?: string | null;
  questionEn?: string | null;
  questionEs?: string | null;
  seats?: number | null;
  candidates?: Candidate[];
  petitionId?: number | null;
  calledByUserId?: number | null;
  opensOn?: string | null;
  closesOn?: string | null;
  openedAt?: string;
  closedAt?: string;
  statementsSentAt?: string;
  rollSize?: number;
  results?: VoteResults;
}

const columns: Record<Exclude<keyof VoteValues, 'candidates' | 'results'>, string> = {
  kind: 'kind',
  state: 'state',
  titleEn: 'title_en',
  titleEs: 'title_es',
  questionEn: 'question_en',
  questionEs: 'question_es',
  seats: 'seats',
  petitionId: 'petition_id',
  calledByUserId: 'called_by_user_id',
  opensOn: 'opens_on',
  closesOn: 'closes_on',
  openedAt: 'opened_at',
  closedAt: 'closed_at',
  statementsSentAt: 'statements_sent_at',
  rollSize: 'roll_size',
};

function toRow(v: VoteValues): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const [field, column] of Object.entries(columns)) {
    const value = v[field as keyof typeof columns];
    if (value !== undefined) row[column] = value;
  }
  if (v.candidates) row.candidates_json = JSON.stringify(v.candidates);
  if (v.results) row.results_json = JSON.stringify(v.results);
  return row;
}

const str = (v: unknown) => (v as string | null) ?? null;

export function toVote(r: Record<string, unknown>): Vote {
  return {
    id: r.id as number,
    kind: r.kind as VoteKind,
    state: r.state as VoteState,
    title: { en: str(r.title_en), es: str(r.title_es) },
    question: { en: str(r.question_en), es: str(r.question_es) },
    seats: r.seats == null ? null : Number(r.seats),
    candidates: JSON.parse(r.candidates_json as string) as Candidate[],
    petitionId: (r.petition_id as number | null) ?? null,
    opensOn: str(r.opens_on),
    closesOn: str(r.closes_on),
    openedAt: str(r.opened_at),
    closedAt: str(r.closed_at),
    statementsSentAt: str(r.statements_sent_at),
    rollSize: r.roll_size == null ? null : Number(r.roll_size),
    createdAt: r.created_at as string,
    version: r.version as number,
  };
}

/** The votes table and the roll frozen when a vote opens. */
export class VotesRepository {
  constructor(private readonly db: Knex) {}

  async list(q: VoteListQuery, withDrafts: boolean) {
    const offset = Number(q.cursor ?? 0);
    const qb = this.db('votes')
      .orderBy('id', 'desc')
      .limit(q.limit + 1)
      .offset(offset);
    if (!withDrafts) qb.whereNot('state', 'draft');
    if (q.state) qb.where('state', q.state);
    if (q.kind) qb.where('kind', q.kind);
    const rows: Record<string, unknown>[] = await qb;
    return {
      items: rows.slice(0, q.limit).map(toVote),
      nextCursor: rows.length > q.limit ? String(offset + q.limit) : null,
    };
  }

  async listByStates(states: VoteState[]): Promise<Vote[]> {
    return (await this.db('votes').whereIn('state', states).orderBy('id', 'desc')).map(toVote);
  }

  async get(id: number, trx: Knex | Knex.Transaction = this.db): Promise<Vote | null> {
    const row = await trx('votes').where({ id }).first();
    return row ? toVote(row) : null;
  }

  async results(id: number): Promise<VoteResults | null> {
    const row = await this.db('votes').where({ id }).first('results_json');
    return row?.results_json ? (JSON.parse(row.results_json) as VoteResults) : null;
  }

  async insert(trx: Knex.Transaction, values: VoteValues): Promise<number> {
    const now = new Date().toISOString();
    const [row] = await trx('votes')
      .insert({
        candidates_json: '[]',
        ...toRow(values),
        version: 0,
        created_at: now,
        updated_at: now,
      })
      .returning('id');
    return typeof row === 'object' ? row.id : row;
  }

  /** Updates when the version still matches; false when someone else changed it first. */
  async update(trx: Knex.Transaction, id: number, version: number, values: VoteValues) {
    const n = await trx('votes')
      .where({ id, version })
      .update({
        ...toRow(values),
        updated_at: new Date().toISOString(),
        version: trx.raw('version + 1'),
      });
    return n === 1;
  }

  /**
   * Admits a ballot if the vote is open, holding it open until the ballot commits. Closing updates
   * the vote's row, so a ballot commits before the count reads the ballots, or finds the vote
   * closed and is refused. PostgreSQL: a shared row lock, so ballots do not wait for each other.
   * SQLite: a write that takes the database's write lock at once (writes are one at a time there).
   * The old `ballots_cast` counter is no longer kept: the participation rows count the ballots.
   */
  async admitBallot(trx: Knex.Transaction, id: number): Promise<boolean> {
    if (isPostgres(trx))
      return !!(await trx('votes').where({ id, state: 'open' }).forShare().first('id'));
    const n = await trx('votes')
      .where({ id, state: 'open' })
      .update({ state: trx.raw('state') });
    return n === 1;
  }

  /** Copies the members `source` selects (member_id, chapter_id, industry) onto the vote's roll. */
  async freezeRoll(trx: Knex.Transaction, voteId: number, source: Knex.QueryBuilder) {
    const { sql, bindings } = source.toSQL();
    await trx.raw(
      `insert into vote_roll (vote_id, member_id, chapter_id, industry)
       select cast(? as integer), s.member_id, s.chapter_id, s.industry from (${sql}) s`,
      [voteId, ...bindings],
    );
    const row = await trx('vote_roll').where('vote_id', voteId).count({ n: '*' }).first();
    const size = Number(row?.n ?? 0);
    await trx('votes').where({ id: voteId }).update({ roll_size: size });
    return size;
  }

  /** Stores the frozen results of a closed vote. */
  async saveResults(trx: Knex.Transaction, id: number, results: VoteResults): Promise<void> {
    await trx('votes')
      .where({ id })
      .update({ results_json: JSON.stringify(results) });
  }

  async onRoll(voteId: number, memberIds: number[], trx: Knex | Knex.Transaction = this.db) {
    const found = new Set<number>();
    for (let i = 0; i < memberIds.length; i += 900) {
      const rows: { member_id: number }[] = await trx('vote_roll')
        .where('vote_id', voteId)
        .whereIn('member_id', memberIds.slice(i, i + 900))
        .select('member_id');
      for (const r of rows) found.add(r.member_id);
    }
    return found;
  }

  /** Roll entries of one member across votes: what the member page shows. */
  async rollOf(memberId: number, voteIds: number[]): Promise<Set<number>> {
    if (!voteIds.length) return new Set();
    const rows: { vote_id: number }[] = await this.db('vote_roll')
      .where('member_id', memberId)
      .whereIn('vote_id', voteIds)
      .select('vote_id');
    return new Set(rows.map((r) => r.vote_id));
  }
}
