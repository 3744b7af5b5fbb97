import { createHash, randomBytes } from 'node:crypto';
import type { Knex } from 'knex';
import type { Language, Role } from '@shopfloor/shared';

export const newToken = () => randomBytes(32).toString('base64url');
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export interface SessionRow {
  idHash: string;
  csrfToken: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  user: {
    id: number;
    email: string;
    role: Role;
    chapterId: number | null;
    memberId: number | null;
    language: Language;
  };
}

export class SessionsRepository {
  constructor(private readonly db: Knex) {}

  async create(
    userId: number,
    expiresAt: string,
    userAgent: string | undefined,
  ): Promise<{ token: string; csrfToken: string }> {
    const token = newToken();
    const csrfToken = newToken();
    const now = new Date().toISOString();
    await this.db('sessions').insert({
      id_hash: hashToken(token),
      user_id: userId,
      csrf_token: csrfToken,
      created_at: now,
      last_seen_at: now,
      expires_at: expiresAt,
      user_agent: userAgent?.slice(0, 200) ?? null,
    });
    return { token, csrfToken };
  }

  async find(token: string): Promise<SessionRow | null> {
    const row = await this.db('sessions as s')
      .join('users as u', 'u.id', 's.user_id')
      .where('s.id_hash', hashToken(token))
      .where('u.disabled', false)
      .first(
        's.id_hash',
        's.csrf_token',
        's.created_at',
        's.last_seen_at',
        's.expires_at',
        'u.id as user_id',
        'u.email',
        'u.role',
        'u.chapter_id',
        'u.member_id',
        'u.language',
      );
    if (!row) return null;
    return {
      idHash: row.id_hash,
      csrfToken: row.csrf_token,
      createdAt: row.created_at,
      lastSeenAt: row.last_seen_at,
      expiresAt: row.expires_at,
      user: {
        id: row.user_id,
        email: row.email,
        role: row.role,
        chapterId: row.chapter_id,
        memberId: row.member_id,
        language: row.language,
      },
    };
  }

  async touch(idHash: string, at: string): Promise<void> {
    await this.db('sessions').where('id_hash', idHash).update({ last_seen_at: at });
  }

  async delete(idHash: string): Promise<void> {
    await this.db('sessions').where('id_hash', idHash).delete();
  }

  async deleteForUser(userId: number): Promise<void> {
    await this.db('sessions').where('user_id', userId).delete();
  }
}
