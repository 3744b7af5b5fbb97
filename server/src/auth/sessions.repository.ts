import { createHash, randomBytes } from 'node:crypto';
import type { Knex } from 'knex';
import { readerOf } from '@shopfloor/db';
import type { Language, Role } from '@shopfloor/shared';

export const newToken = () => randomBytes(32).toString('base64url');
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
/** What the user sees of a session: random, unrelated to the token or to its hash. */
const newPublicId = () => randomBytes(16).toString('base64url');

export interface SessionRow {
  idHash: string;
  publicId: string;
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
  totpEnabled: boolean;
}

export interface SessionSummary {
  idHash: string;
  publicId: string;
  createdAt: string;
  lastSeenAt: string;
  userAgent: string | null;
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
      public_id: newPublicId(),
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
    // Every request asks this: on a reader, so it never waits behind a write transaction.
    const row = await readerOf(this.db)('sessions as s')
      .join('users as u', 'u.id', 's.user_id')
      .where('s.id_hash', hashToken(token))
      .where('u.disabled', false)
      .first(
        's.id_hash',
        's.public_id',
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
        'u.totp_enabled_at',
      );
    if (!row) return null;
    return {
      idHash: row.id_hash,
      publicId: row.public_id,
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
      totpEnabled: row.totp_enabled_at != null,
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

  /** A user's sessions still alive: neither past their absolute end nor idle since `idleSince`. */
  async listForUser(userId: number, now: string, idleSince: string): Promise<SessionSummary[]> {
    const rows = await this.db('sessions')
      .where('user_id', userId)
      .where('expires_at', '>', now)
      .where('last_seen_at', '>', idleSince)
      .orderBy('last_seen_at', 'desc')
      .select('id_hash', 'public_id', 'created_at', 'last_seen_at', 'user_agent');
    return rows.map((r) => ({
      idHash: r.id_hash,
      publicId: r.public_id,
      createdAt: r.created_at,
      lastSeenAt: r.last_seen_at,
      userAgent: r.user_agent ?? null,
    }));
  }

  /** Ends one of the user's own sessions; false when the user has none by that id. */
  async deleteByPublicId(userId: number, publicId: string): Promise<boolean> {
    const n = await this.db('sessions').where({ user_id: userId, public_id: publicId }).delete();
    return n > 0;
  }

  async deleteOthersForUser(userId: number, keepIdHash: string): Promise<void> {
    await this.db('sessions').where('user_id', userId).whereNot('id_hash', keepIdHash).delete();
  }
}
