import type { Knex } from 'knex';
import type { AuditRepository } from '../audit/audit.repository';
import type { Config } from '../config';
import {
  ConflictError,
  NotFoundError,
  RateLimitedError,
  ValidationError,
  type FieldRefusal,
} from '../http/errors';
import { newPasswordRefusal } from './password-policy';
import { hashPassword, verifyPassword } from './passwords';
import type { Actor } from './policy';
import type { SessionsRepository } from './sessions.repository';
import type { LoginThrottle } from './throttle';
import type { TwoFactorService } from './two-factor.service';
import type { UserRow, UsersRepository } from './users.repository';

export interface IssuedSession {
  token: string;
  csrfToken: string;
  expiresAt: string;
}

export interface SessionListItem {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  userAgent: string | null;
  current: boolean;
}

/** What a logged-in user does to their own account: password, sessions, turning 2FA off. */
export class AccountService {
  constructor(
    private readonly db: Knex,
    private readonly config: Config,
    private readonly audit: AuditRepository,
    private readonly users: UsersRepository,
    private readonly sessions: SessionsRepository,
    private readonly throttle: LoginThrottle,
    private readonly twoFactor: TwoFactorService,
    private readonly issue: (userId: number, userAgent?: string) => Promise<IssuedSession>,
  ) {}

  /**
   * Asks again for the password (and the code) before a sensitive change. Failures count towards
   * the same throttle as logins, so a stolen session cannot be used to guess the password.
   */
  private async reauthenticate(
    actor: Actor,
    address: string,
    password: { field: string; value: string },
    code?: string,
  ): Promise<UserRow> {
    const user = await this.users.findById(actor.userId);
    if (!user) throw new NotFoundError('User');
    const wait = await this.throttle.blockedFor(user.email, address);
    if (wait > 0)
      throw new RateLimitedError(
        'Too many failed attempts: wait a few minutes and try again',
        wait,
      );
    const fields: Record<string, FieldRefusal> = {};
    if (!(await verifyPassword(password.value, user.passwordHash)))
      fields[password.field] = {
        message: 'That is not your current password',
        key: 'notCurrentPassword',
      };
    else if (code !== undefined && !(await this.twoFactor.acceptCode(user, code)))
      fields.code = {
        message: 'That code does not match, or was used already: wait for the next one',
        key: 'codeUsedOrWrong',
      };
    if (Object.keys(fields).length) {
      await this.throttle.recordFailure(user.email, address);
      await this.audit.record(this.db, actor, {
        entity: 'auth',
        entityId: user.id,
        action: 'reauth_failed',
      });
      throw new ValidationError(fields, 'Check the fields marked');
    }
    return user;
  }

  /** Changes the password, ends every other session of the user, and rotates this one. */
  async changePassword(
    actor: Actor,
    body: { currentPassword: string; newPassword: string },
    address: string,
    userAgent: string | undefined,
  ): Promise<IssuedSession> {
    const user = await this.reauthenticate(actor, address, {
      field: 'currentPassword',
      value: body.currentPassword,
    });
    const problem =
      newPasswordRefusal(body.newPassword, user.email) ??
      (body.newPassword === body.currentPassword
        ? { message: 'Choose a password different from the current one', key: 'samePassword' }
        : null);
    if (problem) throw new ValidationError({ newPassword: problem });
    await this.users.setPassword(
      user.id,
      await hashPassword(body.newPassword, this.config.scryptLogN),
    );
    await this.sessions.deleteForUser(user.id);
    const issued = await this.issue(user.id, userAgent);
    await this.audit.record(this.db, actor, {
      entity: 'auth',
      entityId: user.id,
      action: 'password_changed',
    });
    return issued;
  }

  async listSessions(actor: Actor): Promise<SessionListItem[]> {
    const now = Date.now();
    const idleSince = new Date(now - this.config.session.idleMinutes * 60_000).toISOString();
    const rows = await this.sessions.listForUser(
      actor.userId,
      new Date(now).toISOString(),
      idleSince,
    );
    return rows.map((s) => ({
      id: s.publicId,
      createdAt: s.createdAt,
      lastSeenAt: s.lastSeenAt,
      userAgent: s.userAgent,
      current: s.idHash === actor.sessionId,
    }));
  }

  /** Ends one of the user's own sessions; another user's session id answers 404 like no session. */
  async endSession(actor: Actor, publicId: string): Promise<void> {
    if (!(await this.sessions.deleteByPublicId(actor.userId, publicId)))
      throw new NotFoundError('Session');
    await this.audit.record(this.db, actor, {
      entity: 'auth',
      entityId: actor.userId,
      action: 'session_ended',
    });
  }

  async disableTwoFactor(
    actor: Actor,
    body: { code: string; password: string },
    address: string,
  ): Promise<void> {
    const current = await this.users.findById(actor.userId);
    if (!current?.totpEnabledAt) throw new ConflictError('Two-factor login is not on');
    await this.reauthenticate(
      actor,
      address,
      { field: 'password', value: body.password },
      body.code,
    );
    await this.twoFactor.disable(actor);
  }
}
