import type { Knex } from 'knex';

/** A message as written once for many recipients; `{{name}}` in the text becomes each one's name. */
export interface OutgoingMessage {
  kind: string;
  voteId?: number | null;
  language: 'en' | 'es';
  subject: string;
  text: string;
}

export interface Recipient {
  memberId?: number | null;
  to: string;
  name: string;
}

export type OutboxStatus = 'queued' | 'sending' | 'sent' | 'failed';

export interface OutboxRecord {
  id: number;
  kind: string;
  voteId: number | null;
  memberId: number | null;
  to: string;
  language: 'en' | 'es';
  subject: string;
  /** The text as this recipient gets it. */
  text: string;
  status: OutboxStatus;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

export const personalize = (text: string, name: string) => text.replaceAll('{{name}}', name);

const toRecord = (r: Record<string, unknown>): OutboxRecord => ({
  id: r.id as number,
  kind: r.kind as string,
  voteId: (r.vote_id as number | null) ?? null,
  memberId: (r.member_id as number | null) ?? null,
  to: r.to_address as string,
  language: r.language as 'en' | 'es',
  subject: r.subject as string,
  text: personalize(r.body_text as string, r.to_name as string),
  status: r.status as OutboxStatus,
  attempts: Number(r.attempts),
  lastError: (r.last_error as string | null) ?? null,
  createdAt: r.created_at as string,
  sentAt: (r.sent_at as string | null) ?? null,
});

/** Mail waiting to go, and the record of what went: queued → sending → sent or failed. */
export class OutboxRepository {
  constructor(private readonly db: Knex) {}

  private joined() {
    return this.db('outbox as o')
      .join('outbox_messages as m', 'm.id', 'o.message_id')
      .select('o.*', 'm.kind', 'm.vote_id', 'm.language', 'm.subject', 'm.body_text');
  }

  /** Writes a message once and queues it for each recipient. */
  async enqueue(trx: Knex.Transaction, message: OutgoingMessage, to: Recipient[]): Promise<void> {
    const now = new Date().toISOString();
    const [row] = await trx('outbox_messages')
      .insert({
        kind: message.kind,
        vote_id: message.voteId ?? null,
        language: message.language,
        subject: message.subject,
        body_text: message.text,
        created_at: now,
      })
      .returning('id');
    const messageId = typeof row === 'object' ? row.id : row;
    const rows = to.map((r) => ({
      message_id: messageId,
      member_id: r.memberId ?? null,
      to_address: r.to,
      to_name: r.name.slice(0, 120),
      status: 'queued',
      attempts: 0,
      created_at: now,
    }));
    await trx.batchInsert('outbox', rows, 500);
  }

  async queued(limit: number): Promise<OutboxRecord[]> {
    const rows = await this.joined().where('o.status', 'queued').orderBy('o.id').limit(limit);
    return rows.map(toRecord);
  }

  /** Takes a queued message for sending; false when another process took it first. */
  async claim(id: number): Promise<boolean> {
    const n = await this.db('outbox')
      .where({ id, status: 'queued' })
      .update({ status: 'sending', attempts: this.db.raw('attempts + 1') });
    return n === 1;
  }

  async markSent(id: number): Promise<void> {
    await this.db('outbox')
      .where({ id })
      .update({ status: 'sent', sent_at: new Date().toISOString() });
  }

  async markFailed(id: number, error: string): Promise<void> {
    await this.db('outbox')
      .where({ id })
      .update({ status: 'failed', last_error: error.slice(0, 500) });
  }

  async list(filter: { voteId?: number; kind?: string } = {}): Promise<OutboxRecord[]> {
    const qb = this.joined().orderBy('o.id');
    if (filter.voteId !== undefined) qb.where('m.vote_id', filter.voteId);
    if (filter.kind) qb.where('m.kind', filter.kind);
    return (await qb).map(toRecord);
  }
}
