import type { Knex } from 'knex';
import type { Role } from '@shopfloor/shared';
import type { AuditRepository } from '../audit/audit.repository';
import type { Config } from '../config';
import { ConflictError, UnauthenticatedError, ValidationError } from '../http/errors';
import type { Actor } from './policy';
import { newTotpSecret, otpauthQrSvg, otpauthUrl, totpStep } from './totp';
import { openSecret, sealSecret } from './totp-secret';
import type { UserRow, UsersRepository } from './users.repository';

/** Roles that reach every chapter's data or every member's aggregates log in with a second factor. */
const ROLES_NEEDING_2FA: readonly Role[] = ['admin', 'national'];

export interface TwoFactorStatus {
  enabled: boolean;
  required: boolean;
}

/** TOTP enrolment and codes (RFC 6238), for the second factor at login. */
export class TwoFactorService {
  constructor(
    private readonly db: Knex,
    private readonly config: Config,
    private readonly audit: AuditRepository,
    private readonly users: UsersRepository,
  ) {}

  required(role: Role): boolean {
    return this.config.require2fa && ROLES_NEEDING_2FA.includes(role);
  }

  status(role: Role, enabled: boolean): TwoFactorStatus {
    return { enabled, required: this.required(role) };
  }

  private async user(actor: Actor): Promise<UserRow> {
    const user = await this.users.findById(actor.userId);
    if (!user) throw new UnauthenticatedError();
    return user;
  }

  async describe(actor: Actor): Promise<TwoFactorStatus & { pending: boolean }> {
    const user = await this.user(actor);
    const enabled = user.totpEnabledAt !== null;
    return { ...this.status(user.role, enabled), pending: !enabled && user.totpSecret !== null };
  }

  /** Issues a new secret, pending until a code from it is confirmed; replaces a pending one. */
  async setup(actor: Actor): Promise<{ secret: string; otpauthUrl: string; qrSvg: string }> {
    const user = await this.user(actor);
    if (user.totpEnabledAt)
      throw new ConflictError('Two-factor login is already on: turn it off first to start again');
    const secret = newTotpSecret();
    await this.users.setTotp(user.id, {
      secret: sealSecret(secret, this.config.totpKey),
      enabledAt: null,
      lastStep: null,
    });
    const url = otpauthUrl(secret, user.email);
    return { secret, otpauthUrl: url, qrSvg: await otpauthQrSvg(url) };
  }

  async enable(actor: Actor, code: string): Promise<void> {
    const user = await this.user(actor);
    if (user.totpEnabledAt) throw new ConflictError('Two-factor login is already on');
    if (!user.totpSecret)
      throw new ConflictError('Start the set-up first: there is no secret to confirm');
    const step = totpStep(openSecret(user.totpSecret, this.config.totpKey), code);
    if (step === null)
      throw new ValidationError(
        {
          code: {
            message: 'That code does not match: check the time on your phone and try the next code',
            key: 'codeMismatch',
          },
        },
        'The code does not match',
      );
    await this.users.setTotp(user.id, {
      secret: user.totpSecret,
      enabledAt: new Date().toISOString(),
      lastStep: step,
    });
    await this.audit.record(this.db, actor, {
      entity: 'auth',
      entityId: user.id,
      action: 'totp_enabled',
    });
  }

  /** True when the code is the user's current one and was not used before (then it is spent). */
  async acceptCode(user: UserRow, code: string): Promise<boolean> {
    if (!user.totpSecret || !user.totpEnabledAt) return false;
    const step = totpStep(openSecret(user.totpSecret, this.config.totpKey), code);
    return step !== null && (await this.users.claimTotpStep(user.id, step));
  }

  async disable(actor: Actor): Promise<void> {
    await this.users.setTotp(actor.userId, { secret: null, enabledAt: null, lastStep: null });
    await this.audit.record(this.db, actor, {
      entity: 'auth',
      entityId: actor.userId,
      action: 'totp_disabled',
    });
  }
}
