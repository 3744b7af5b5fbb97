import type { Knex } from 'knex';
import type { Language, LoginBody, SessionUser } from '@shopfloor/shared';
import type { Config } from '../config';
import type { AuditRepository } from '../audit/audit.repository';
import { AppError, RateLimitedError, UnauthenticatedError } from '../http/errors';
import { AccountService, type IssuedSession } from './account.service';
import { hashPassword, verifyPassword } from './passwords';
import type { Actor } from './policy';
import { SecurityLogRepository, type Refusal } from './security-log.repository';
import { hashToken, SessionsRepository } from './sessions.repository';
import { LoginThrottle } from './throttle';
import { TwoFactorService, type TwoFactorStatus } from './two-factor.service';
import { UsersRepository, type UserRow } from './users.repository';

export interface ResolvedSession {
  actor: Actor;
  user: SessionUser;
  csrfToken: string;
  publicId: string;
  twoFactor: TwoFactorStatus;
  /** An admin or national login without 2FA: it may only enrol (every other route answers 403). */
  limited: boolean;
}

export type LoginResult = IssuedSession & { user: SessionUser; twoFactor: TwoFactorStatus };

const sessionUser = (u: UserRow): SessionUser => ({
  id: u.id,
  email: u.email,
  role: u.role,
  chapterId: u.chapterId,
  memberId: u.memberId,
  language: u.language,
});

/** Logins, sessions stored in the database (shared by every server process), and throttling. */
export class AuthService {
  private readonly sessions: SessionsRepository;
  private readonly users: UsersRepository;
  private readonly throttle: LoginThrottle;
  private readonly securityLog: SecurityLogRepository;
  readonly twoFactor: TwoFactorService;
  readonly account: AccountService;
  private dummyHash: Promise<string> | null = null;

  constructor(
    private readonly db: Knex,
    private readonly config: Config,
    private readonly audit: AuditRepository,
  ) {
    this.sessions = new SessionsRepository(db);
    this.users = new UsersRepository(db);
    this.throttle = new LoginThrottle(db, config.login);
    this.securityLog = new SecurityLogRepository(db);
    this.twoFactor = new TwoFactorService(db, config, audit, this.users);
    this.account = new AccountService(
      db,
      config,
      audit,
      this.users,
      this.sessions,
      this.throttle,
      this.twoFactor,
      (userId, userAgent) => this.issue(userId, userAgent),
    );
  }

  /** A new session (a new id every time: no fixation), for the full absolute lifetime. */
  async issue(userId: number, userAgent: string | undefined): Promise<IssuedSession> {
    const expiresAt = new Date(
      Date.now() + this.config.session.absoluteHours * 3600_000,
    ).toISOString();
    const { token, csrfToken } = await this.sessions.create(userId, expiresAt, userAgent);
    return { token, csrfToken, expiresAt };
  }

  private async failed(email: string, address: string, userId: number | null, factor: string) {
    await this.throttle.recordFailure(email, address);
    // The user id when the account exists; never the email that was typed.
    await this.audit.record(this.db, null, {
      entity: 'auth',
      entityId: userId,
      action: 'login_failed',
      after: { factor },
    });
  }

  async login(
    body: LoginBody & { code?: string },
    address: string,
    userAgent: string | undefined,
    previousToken: string | undefined,
  ): Promise<LoginResult> {
    const wait = await this.throttle.blockedFor(body.email, address);
    if (wait > 0)
      throw new RateLimitedError('Too many failed logins: wait a few minutes and try again', wait);

    const user = await this.users.findByEmail(body.email);
    // Verify against a dummy hash for unknown accounts so timing does not reveal which emails exist.
    this.dummyHash ??= hashPassword('not a real password', this.config.scryptLogN);
    const ok = await verifyPassword(body.password, user?.passwordHash ?? (await this.dummyHash));
    if (!user || !ok || user.disabled) {
      await this.failed(body.email, address, user?.id ?? null, 'password');
      throw new UnauthenticatedError('That email and password do not match an account');
    }
    if (user.totpEnabledAt) {
      // The password was right; asking for the code is not a failure and starts no session.
      if (!body.code)
        throw new AppError(
          401,
          'totp_required',
          'Enter the 6-digit code from your authenticator app',
        );
      if (!(await this.twoFactor.acceptCode(user, body.code))) {
        await this.failed(body.email, address, user.id, 'totp');
        throw new AppError(
          401,
          'totp_invalid',
          'That code does not match, or was used already: wait for the next one',
        );
      }
    }
    await this.throttle.clearAccount(body.email);
    await this.upgradeHash(user, body.password);
    // The session the browser had is ended.
    if (previousToken) await this.sessions.delete(hashToken(previousToken));
    const issued = await this.issue(user.id, userAgent);
    return {
      ...issued,
      user: sessionUser(user),
      twoFactor: this.twoFactor.status(user.role, user.totpEnabledAt !== null),
    };
  }

  /** Hashes made at a lower cost than configured now (an older setting) are redone at login. */
  private async upgradeHash(user: UserRow, password: string): Promise<void> {
    const logN = Number(user.passwordHash.split('$')[1]);
    if (logN < this.config.scryptLogN)
      await this.users.setPassword(user.id, await hashPassword(password, this.config.scryptLogN));
  }

  async resolve(token: string): Promise<ResolvedSession | null> {
    const s = await this.sessions.find(token);
    if (!s) return null;
    const now = Date.now();
    const idleLimit = new Date(s.lastSeenAt).getTime() + this.config.session.idleMinutes * 60_000;
    if (new Date(s.expiresAt).getTime() <= now || idleLimit <= now) {
      await this.sessions.delete(s.idHash);
      return null;
    }
    // Writing last_seen_at on every request would make each read a write; once a minute is enough.
    if (now - new Date(s.lastSeenAt).getTime() > 60_000)
      await this.sessions.touch(s.idHash, new Date(now).toISOString());
    // Read per request, so a pod given to or taken from an organizer applies at once.
    const podIds =
      s.user.role === 'organizer' ? await this.users.coordinatedPodIds(s.user.id) : undefined;
    const twoFactor = this.twoFactor.status(s.user.role, s.totpEnabled);
    return {
      actor: {
        userId: s.user.id,
        role: s.user.role,
        chapterId: s.user.chapterId,
        memberId: s.user.memberId,
        sessionId: s.idHash,
        ...(podIds ? { podIds } : {}),
      },
      user: s.user,
      csrfToken: s.csrfToken,
      publicId: s.publicId,
      twoFactor,
      limited: twoFactor.required && !twoFactor.enabled,
    };
  }

  /** Ends the current session and issues a new one, when the session's privileges change. */
  async rotate(actor: Actor, userAgent: string | undefined): Promise<IssuedSession> {
    await this.sessions.delete(actor.sessionId);
    return this.issue(actor.userId, userAgent);
  }

  async logout(actor: Actor): Promise<void> {
    await this.sessions.delete(actor.sessionId);
  }

  async setLanguage(actor: Actor, language: Language): Promise<void> {
    await this.users.setLanguage(actor.userId, language);
  }

  async recordRefusal(refusal: Refusal): Promise<void> {
    await this.securityLog.refused(refusal);
  }
}
