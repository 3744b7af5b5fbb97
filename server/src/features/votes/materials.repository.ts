import type { Knex } from 'knex';
import type { Forum, Statement } from '@shopfloor/shared';

const toForum = (r: Record<string, unknown>): Forum => ({
  id: r.id as number,
  voteId: r.vote_id as number,
  startsAt: r.starts_at as string,
  link: (r.link as string | null) ?? null,
  recordingUrl: (r.recording_url as string | null) ?? null,
  version: r.version as number,
});

const toStatement = (r: Record<string, unknown>, userId: number | null): Statement => ({
  id: r.id as number,
  voteId: r.vote_id as number,
  side: r.side as Statement['side'],
  text: { en: (r.text_en as string | null) ?? null, es: (r.text_es as string | null) ?? null },
  status: r.status as Statement['status'],
  mine: userId !== null && r.author_user_id === userId,
  createdAt: r.created_at as string,
  reviewedAt: (r.reviewed_at as string | null) ?? null,
  version: r.version as number,
});

/** The forums and the statements for and against that members get before a vote opens. */
export class MaterialsRepository {
  constructor(private readonly db: Knex) {}

  async forums(voteIds: number[], trx: Knex | Knex.Transaction = this.db): Promise<Forum[]> {
    if (!voteIds.length) return [];
    const rows = await trx('vote_forums').whereIn('vote_id', voteIds).orderBy(['starts_at', 'id']);
    return rows.map(toForum);
  }

  async forum(id: number, trx: Knex | Knex.Transaction = this.db): Promise<Forum | null> {
    const row = await trx('vote_forums').where({ id }).first();
    return row ? toForum(row) : null;
  }

  async insertForum(trx: Knex.Transaction, voteId: number, v: { startsAt: string; link: string }) {
    const now = new Date().toISOString();
    const [row] = await trx('vote_forums')
      .insert({
        vote_id: voteId,
        starts_at: v.startsAt,
        link: v.link,
        created_at: now,
        updated_at: now,
      })
      .returning('id');
    return (typeof row === 'object' ? row.id : row) as number;
  }

  async updateForum(
    trx: Knex.Transaction,
    id: number,
    version: number,
    v: { startsAt?: string; link?: string; recordingUrl?: string | null },
  ): Promise<boolean> {
    const row: Record<string, unknown> = {};
    if (v.startsAt !== undefined) row.starts_at = v.startsAt;
    if (v.link !== undefined) row.link = v.link;
    if (v.recordingUrl !== undefined) row.recording_url = v.recordingUrl;
    const n = await trx('vote_forums')
      .where({ id, version })
      .update({ ...row, updated_at: new Date().toISOString(), version: trx.raw('version + 1') });
    return n === 1;
  }

  /** Statements of the votes; `approvedOnly` for readers who are not reviewing them. */
  async statements(
    voteIds: number[],
    opts: { approvedOnly: boolean; userId: number | null },
    trx: Knex | Knex.Transaction = this.db,
  ): Promise<Statement[]> {
    if (!voteIds.length) return [];
    const qb = trx('vote_statements').whereIn('vote_id', voteIds).orderBy('id');
    if (opts.approvedOnly)
      qb.where((w) => {
        w.where('status', 'approved');
        if (opts.userId !== null) w.orWhere('author_user_id', opts.userId);
      });
    return (await qb).map((r: Record<string, unknown>) => toStatement(r, opts.userId));
  }

  async statement(id: number, userId: number | null, trx: Knex | Knex.Transaction = this.db) {
    const row = await trx('vote_statements').where({ id }).first();
    return row ? toStatement(row, userId) : null;
  }

  async insertStatement(
    trx: Knex.Transaction,
    voteId: number,
    v: { side: string; en: string | null; es: string | null; authorUserId: number },
  ): Promise<number> {
    const now = new Date().toISOString();
    const [row] = await trx('vote_statements')
      .insert({
        vote_id: voteId,
        side: v.side,
        text_en: v.en,
        text_es: v.es,
        author_user_id: v.authorUserId,
        created_at: now,
        updated_at: now,
      })
      .returning('id');
    return (typeof row === 'object' ? row.id : row) as number;
  }

  async reviewStatement(
    trx: Knex.Transaction,
    id: number,
    version: number,
    v: { status: 'approved' | 'rejected'; en?: string; es?: string; reviewerUserId: number },
  ): Promise<boolean> {
    const now = new Date().toISOString();
    const n = await trx('vote_statements')
      .where({ id, version })
      .update({
        status: v.status,
        ...(v.en !== undefined ? { text_en: v.en } : {}),
        ...(v.es !== undefined ? { text_es: v.es } : {}),
        reviewed_by_user_id: v.reviewerUserId,
        reviewed_at: now,
        updated_at: now,
        version: trx.raw('version + 1'),
      });
    return n === 1;
  }
}
