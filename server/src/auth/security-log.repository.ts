import type { Knex } from 'knex';

export interface Refusal {
  userId: number | null;
  role: string | null;
  method: string;
  /** The route's pattern (`/api/members/:id`), never the query string or the body. */
  route: string;
  status: number;
  code: string;
}

/**
 * Refused requests (401 and 403), append-only like the audit log but kept apart from it: the audit
 * log records changes, and a refused request changes nothing. No email, name or body is stored.
 */
export class SecurityLogRepository {
  constructor(private readonly db: Knex) {}

  async refused(r: Refusal): Promise<void> {
    await this.db('security_log').insert({
      at: new Date().toISOString(),
      entity: 'access',
      action: 'refused',
      actor_user_id: r.userId,
      actor_role: r.role,
      method: r.method.slice(0, 8),
      route: r.route.slice(0, 200),
      status: r.status,
      code: r.code.slice(0, 40),
    });
  }
}
