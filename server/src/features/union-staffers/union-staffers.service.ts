import type { Knex } from 'knex';
import type { UnionStaffer, UnionStaffersPage, UnionStaffersQuery } from '@shopfloor/shared';
import { assertRole, directoryReaders, type Actor } from '../../auth/policy';
import { UnionStaffersRepository } from './union-staffers.repository';

const text = (a: string | null, b: string | null) =>
  a === b
    ? 0
    : a === null
      ? 1
      : b === null
        ? -1
        : a.localeCompare(b, 'en', { sensitivity: 'base' });

const order = (a: UnionStaffer, b: UnionStaffer) =>
  text(a.unionName, b.unionName) ||
  a.chapter.state.localeCompare(b.chapter.state) ||
  text(a.lastName, b.lastName) ||
  text(a.firstName, b.firstName) ||
  a.memberId - b.memberId;

/**
 * Union staffers who opted in, for national staff who coordinate them (seeds/001: "map the DSA
 * members who are union staffers"), by union and state.
 */
export class UnionStaffersService {
  private readonly repo: UnionStaffersRepository;

  constructor(db: Knex) {
    this.repo = new UnionStaffersRepository(db);
  }

  async list(actor: Actor, q: UnionStaffersQuery): Promise<UnionStaffersPage> {
    assertRole(actor, directoryReaders);
    const all = (await this.repo.list(q)).sort(order);
    const byUnion = new Map<string | null, { total: number; byState: Record<string, number> }>();
    for (const s of all) {
      const u = byUnion.get(s.unionName) ?? { total: 0, byState: {} };
      u.total++;
      u.byState[s.chapter.state] = (u.byState[s.chapter.state] ?? 0) + 1;
      byUnion.set(s.unionName, u);
    }
    const offset = Number(q.cursor ?? 0);
    return {
      items: all.slice(offset, offset + q.limit),
      nextCursor: offset + q.limit < all.length ? String(offset + q.limit) : null,
      byUnion: [...byUnion.entries()].map(([unionName, u]) => ({ unionName, ...u })),
    };
  }
}
