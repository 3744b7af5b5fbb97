import type { Knex } from 'knex';

/**
 * Counts failed logins in the database, per account and per address, so the limit holds across
 * several server processes sharing one database.
 */
export class LoginThrottle {
  constructor(
    private readonly db: Knex,
    private readonly limits: {
      maxFailuresPerAccount: number;
      maxFailuresPerAddress: number;
      windowMinutes: number;
    },
  ) {}

  private since(): string {
    return new Date(Date.now() - this.limits.windowMinutes * 60_000).toISOString();
  }

  /** Seconds to wait, or 0 when another attempt is allowed. */
  async blockedFor(email: string, address: string): Promise<number> {
    const rows: { throttle_key: string; n: number | string; first: string }[] = await this.db(
      'login_failures',
    )
      .whereIn('throttle_key', [`account:${email}`, `address:${address}`])
      .where('at', '>=', this.since())
      .groupBy('throttle_key')
      .select('throttle_key', this.db.raw('count(*) as n'), this.db.raw('min(at) as first'));
    for (const row of rows) {
      const max = row.throttle_key.startsWith('account:')
        ? this.limits.maxFailuresPerAccount
        : this.limits.maxFailuresPerAddress;
      if (Number(row.n) >= max) {
        const until = new Date(row.first).getTime() + this.limits.windowMinutes * 60_000;
        return Math.max(1, Math.ceil((until - Date.now()) / 1000));
      }
    }
    return 0;
  }

  async recordFailure(email: string, address: string): Promise<void> {
    const at = new Date().toISOString();
    await this.db('login_failures').insert([
      { throttle_key: `account:${email}`, at },
      { throttle_key: `address:${address}`, at },
    ]);
    await this.db('login_failures').where('at', '<', this.since()).delete();
  }

  async clearAccount(email: string): Promise<void> {
    await this.db('login_failures').where('throttle_key', `account:${email}`).delete();
  }
}
