import { censusSouth, DEFAULT_SUPPRESSION_THRESHOLD, stateByCode } from '@shopfloor/shared';
import type { DbConfig } from '@shopfloor/db';
import { parseTotpKey } from './auth/totp-secret';

export interface Config {
  port: number;
  db: DbConfig;
  /** Where the built client is served from; absent in API-only tests. */
  clientDist?: string;
  suppressionThreshold: number;
  southStates: string[];
  secureCookies: boolean;
  session: { idleMinutes: number; absoluteHours: number };
  /** Admin and national logins need a TOTP second factor; REQUIRE_2FA=0 turns this off. */
  require2fa: boolean;
  /** AES-256-GCM key for TOTP secrets at rest (TOTP_KEY); without one they are stored plain. */
  totpKey?: Buffer;
  login: { maxFailuresPerAccount: number; maxFailuresPerAddress: number; windowMinutes: number };
  tileUrl?: string;
  tileAttribution?: string;
  /** scrypt cost (log2 N). OWASP's minimum is 17; tests may lower it to keep suites fast. */
  scryptLogN: number;
  /** Share (percent) of members in good standing whose signatures qualify a Members Decide petition. */
  petitionThresholdPercent: number;
  /** smtp:// or smtps:// URL; without it, mail stays queued in the outbox as a record. */
  smtpUrl?: string;
  mailFrom: string;
}

function percent(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!(n > 0 && n <= 100)) throw new Error(`${name} must be a percentage above 0, at most 100`);
  return n;
}

function int(value: string | undefined, fallback: number, name: string, min = 0): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min)
    throw new Error(`${name} must be a whole number of at least ${min}`);
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const south = env.SOUTH_STATES
    ? env.SOUTH_STATES.split(',').map((s) => s.trim().toUpperCase())
    : [...censusSouth];
  for (const code of south)
    if (!stateByCode.has(code)) throw new Error(`SOUTH_STATES: unknown state ${code}`);
  const threshold = int(
    env.SUPPRESSION_THRESHOLD,
    DEFAULT_SUPPRESSION_THRESHOLD,
    'SUPPRESSION_THRESHOLD',
    1,
  );
  if (threshold < DEFAULT_SUPPRESSION_THRESHOLD) {
    throw new Error(
      `SUPPRESSION_THRESHOLD can be raised above ${DEFAULT_SUPPRESSION_THRESHOLD}, never lowered`,
    );
  }
  return {
    port: int(env.PORT, 8080, 'PORT', 0),
    db: {
      databaseUrl: env.DATABASE_URL || undefined,
      sqliteFile: env.SQLITE_FILE || 'data/shopfloor.sqlite',
    },
    suppressionThreshold: threshold,
    southStates: south,
    secureCookies: env.SECURE_COOKIES === '1' || env.NODE_ENV === 'production',
    session: {
      idleMinutes: int(env.SESSION_IDLE_MINUTES, 60, 'SESSION_IDLE_MINUTES', 1),
      absoluteHours: int(env.SESSION_ABSOLUTE_HOURS, 12, 'SESSION_ABSOLUTE_HOURS', 1),
    },
    require2fa: env.REQUIRE_2FA !== '0',
    totpKey: parseTotpKey(env.TOTP_KEY),
    login: {
      maxFailuresPerAccount: int(env.LOGIN_MAX_FAILURES, 5, 'LOGIN_MAX_FAILURES', 1),
      maxFailuresPerAddress: int(
        env.LOGIN_MAX_FAILURES_PER_ADDRESS,
        30,
        'LOGIN_MAX_FAILURES_PER_ADDRESS',
        1,
      ),
      windowMinutes: int(env.LOGIN_WINDOW_MINUTES, 15, 'LOGIN_WINDOW_MINUTES', 1),
    },
    tileUrl: env.TILE_URL || undefined,
    tileAttribution: env.TILE_ATTRIBUTION || undefined,
    scryptLogN: int(env.SCRYPT_LOG_N, 17, 'SCRYPT_LOG_N', 10),
    petitionThresholdPercent: percent(
      env.PETITION_THRESHOLD_PERCENT,
      5,
      'PETITION_THRESHOLD_PERCENT',
    ),
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM || 'Shopfloor <votes@shopfloor.invalid>',
  };
}
