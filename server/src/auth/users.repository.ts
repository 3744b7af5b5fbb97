import type { Knex } from 'knex';
import type { Language, Role } from '@shopfloor/shared';

export interface UserRow {
  id: number;
  email: string;
  passwordHash: string;
  role: Role;
  chapterId: number | null;
  memberId: number | null;
  language: Language;
  disabled: boolean;
  /** Sealed (see totp-secret.ts); null when the user has none. */
  totpSecret: string | null;
  /** Null while enrolment is pending or when two-factor login is off. */
  totpEnabledAt: string | null;
  totpLastStep: number | null;
}

const toUser = (r: Record<string, unknown>): UserRow => ({
  id: r.id as number,
  email: r.email as string,
  passwordHash: r.password_hash as string,
  role: r.role as Role,
  chapterId: (r.chapter_id as number | null) ?? null,
  memberId: (r.member_id as number | null) ?? null,
  language: r.language as Language,
  disabled: Boolean(r.disabled),
  totpSecret: (r.totp_secret as string | null) ?? null,
  totpEnabledAt: (r.totp_enabled_at as string | null) ?? null,
  totpLastStep: r.totp_last_step == null ? null : Number(r.totp_last_step),
});

export class UsersRepository {
  constructor(private readonly db: Knex) {}

  async findByEmail(email: string): Promise<UserRow | null> {
    const row = await this.db('users').where('email', email.toLowerCase()).first();
    return row ? toUser(row) : null;
  }

  async insert(
    trx: Knex | Knex.Transaction,
    user: {
      email: string;
      passwordHash: string;
      role: Role;
      chapterId?: number | null;
      memberId?: number | null;
      language?: Language;
    },
  ): Promise<number> {
    const now = new Date().toISOString();
    const [row] = await trx('users')
      .insert({
        email: user.email.toLowerCase(),
        password_hash: user.passwordHash,
        role: user.role,
        chapter_id: user.chapterId ?? null,
        member_id: user.memberId ?? null,
        language: user.language ?? 'en',
        created_at: now,
        updated_at: now,
      })
      .returning('id');
    return typeof row === 'object' ? row.id : row;
  }

  /** The pods a user coordinates (an organizer's reach). */
  async coordinatedPodIds(userId: number): Promise<number[]> {
    const rows: { pod_id: number }[] = await this.db('pod_coordinators')
      .where('user_id', userId)
      .orderBy('pod_id')
      .select('pod_id');
    return rows.map((r) => r.pod_id);
  }

  async findById(id: number, trx: Knex | Knex.Transaction = this.db): Promise<UserRow | null> {
    const row = await trx('users').where('id', id).first();
    return row ? toUser(row) : null;
  }

  async setLanguage(userId: number, language: Language): Promise<void> {
    await this.db('users')
      .where('id', userId)
      .update({
        language,
        updated_at: new Date().toISOString(),
        version: this.db.raw('version + 1'),
      });
  }

  async setPassword(userId: number, passwordHash: string): Promise<void> {
    await this.update(userId, { password_hash: passwordHash });
  }

  /** Issues (pending), enables or clears a user's TOTP secret. */
  async setTotp(
    userId: number,
    totp: { secret: string | null; enabledAt: string | null; lastStep: number | null },
  ): Promise<void> {
    await this.update(userId, {
      totp_secret: totp.secret,
      totp_enabled_at: totp.enabledAt,
      totp_last_step: totp.lastStep,
    });
  }

  /**
   * Records that a code of this step was used, unless one of this step or a later one already
   * was: the conditional update makes a replayed code fail even when two processes race.
   */
  async claimTotpStep(userId: number, step: number): Promise<boolean> {
    const n = await this.db('users')
      .where('id', userId)
      .where((q) => q.whereNull('totp_last_step').orWhere('totp_last_step', '<', step))
      .update({ totp_last_step: step });
    return n === 1;
  }

  private async update(userId: number, values: Record<string, unknown>): Promise<void> {
    await this.db('users')
      .where('id', userId)
      .update({
        ...values,
        updated_at: new Date().toISOString(),
        version: this.db.raw('version + 1'),
      });
  }
}
