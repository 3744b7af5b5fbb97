import type { Knex } from 'knex';
import type { Language, LoginBody, SessionUser } from '@shopfloor/shared';
import type { Config } from '../config';
import type { AuditRepository } from '../audit/audit.repository';
import { RateLimitedError, UnauthenticatedError } from '../http/errors';
import { hashPassword, verifyPassword } from './passwords';
import type { Actor } from './policy';
import { hashToken, SessionsRepository } from './sessions.repository';
import { LoginThrottle } from './throttle';
import { UsersRepository } from './users.repository';

export interface ResolvedSession {
  actor: Actor;
  user: SessionUser;
  csrfToken: string;
}

/** Logins, sessions stored in the database (shared by every server process), and throttling. */
export class AuthService {
  private readonly sessions: SessionsRepository;
  private readonly users: UsersRepository;
  private readonly throttle: LoginThrottle;
  private dummyHash: Promise<string> | null = null;

  constructor(
    private readonly db: Knex,
    private readonly config: Config,
    private readonly audit: AuditRepository,
  ) {
    this.sessions = new SessionsRepository(db);
    this.users = new UsersRepository(db);
    this.throttle = new LoginThrottle(db, config.login);
  }

  async login(
    body: LoginBody,
    address: string,
    userAgent: string | undefined,
    previousToken: string | undefined,
  ): Promise<{ token: string; csrfToken: string; user: SessionUser; expiresAt: string }> {
    const wait = await this.throttle.blockedFor(body.email, address);
    if (wait > 0)
      throw new RateLimitedError('Too many failed logins: wait a few minutes and try again', wait);

    const user = await this.users.findByEmail(body.email);
    // Verify against a dummy hash for unknown accounts so timing does not reveal which emails exist.
    this.dummyHash ??= hashPassword('not a real password', this.config.scryptLogN);
    const ok = await verifyPassword(body.password, user?.passwordHash ?? (await this.dummyHash));
    if (!user || !ok || user.disabled) {
      await this.throttle.recordFailure(body.email, address);
      await this.audit.record(this.db, null, {
        entity: 'auth',
        entityId: user?.id ?? null,
        action: 'login_failed',
      });
      throw new UnauthenticatedError('That email and password do not match an account');
    }
    await this.throttle.clearAccount(body.email);
    // A new session id at every login (no fixation); the session the browser had is ended.
    if (previousToken) await this.sessions.delete(hashToken(previousToken));
    const expiresAt = new Date(
      Date.now() + this.config.session.absoluteHours * 3600_000,
    ).toISOString();
    const { token, csrfToken } = await this.sessions.create(user.id, expiresAt, userAgent);
    return {
      token,
      csrfToken,
      expiresAt,
      user: {
        id: user.id,
        email: user.email,
        role: user.role,
        chapterId: user.chapterId,
        memberId: user.memberId,
        language: user.language,
      },
    };
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
    };
  }

  async logout(actor: Actor): Promise<void> {
    await this.sessions.delete(actor.sessionId);
  }

  async setLanguage(actor: Actor, language: Language): Promise<void> {
    await this.users.setLanguage(actor.userId, language);
  }
}
