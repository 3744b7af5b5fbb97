import type { Knex } from 'knex';
import type {
  Page,
  ReserveListQuery,
  ReserveOptIn,
  ReserveOrganizer,
  ReserveSuggestionQuery,
  ReserveSuggestions,
} from '@shopfloor/shared';
import type { AuditRepository } from '../../audit/audit.repository';
import { assertRole, directoryReaders, memberIdOf, type Actor } from '../../auth/policy';
import { NotFoundError } from '../../http/errors';
import type { ChaptersRepository } from '../chapters/chapters.repository';
import type { GeoService } from '../geo/geo.service';
import { ReserveRepository, type ReserveRow } from './reserve.repository';
import { rankSuggestions } from './suggestions';

const answers = (r: ReserveRow) => ({
  skills: r.skills,
  languages: r.languages,
  hoursPerMonth: r.hoursPerMonth,
  states: r.states,
  industries: r.industries,
});

export const toOrganizer = (r: ReserveRow): ReserveOrganizer => ({
  id: r.id,
  memberId: r.memberId,
  firstName: r.firstName,
  lastName: r.lastName,
  chapter: r.chapter,
  ...answers(r),
  openMentorships: r.openMentorships,
  since: r.since,
  version: r.version,
});

/**
 * The organizer reserve: members opt themselves in and out; national staff list them and look for
 * the right ones to support a chapter building a labor formation.
 */
export class ReserveService {
  readonly repo: ReserveRepository;

  constructor(
    private readonly db: Knex,
    private readonly audit: AuditRepository,
    private readonly geo: GeoService,
    private readonly chapters: ChaptersRepository,
  ) {
    this.repo = new ReserveRepository(db);
  }

  private self(r: ReserveRow | null) {
    if (!r || r.withdrawnAt) return { entry: null };
    return {
      entry: { id: r.id, memberId: r.memberId, ...answers(r), since: r.since, version: r.version },
    };
  }

  async mine(actor: Actor) {
    return this.self(await this.repo.byMember(memberIdOf(actor)));
  }

  async optIn(actor: Actor, body: ReserveOptIn) {
    const memberId = memberIdOf(actor);
    return this.db.transaction(async (trx) => {
      const before = await this.repo.byMember(memberId, trx);
      await this.repo.upsert(trx, memberId, body);
      const after = (await this.repo.byMember(memberId, trx))!;
      await this.audit.record(trx, actor, {
        entity: 'reserve',
        entityId: after.id,
        chapterId: after.chapter.id,
        action: !before ? 'opt_in' : before.withdrawnAt ? 'rejoin' : 'update',
        before: before ? answers(before) : undefined,
        after: answers(after),
      });
      return this.self(after);
    });
  }

  async withdraw(actor: Actor): Promise<void> {
    const memberId = memberIdOf(actor);
    await this.db.transaction(async (trx) => {
      const before = await this.repo.byMember(memberId, trx);
      if (!before || before.withdrawnAt) throw new NotFoundError('Reserve entry');
      await this.repo.withdraw(trx, before.id);
      await this.audit.record(trx, actor, {
        entity: 'reserve',
        entityId: before.id,
        chapterId: before.chapter.id,
        action: 'withdraw',
        before: answers(before),
      });
    });
  }

  async list(actor: Actor, q: ReserveListQuery): Promise<Page<ReserveOrganizer>> {
    assertRole(actor, directoryReaders);
    const matches = (await this.repo.active()).filter(
      (r) =>
        (!q.state || r.states.includes(q.state)) &&
        (!q.language || r.languages.includes(q.language)) &&
        (!q.industry || r.industries.includes(q.industry)) &&
        (!q.skill || r.skills.includes(q.skill)),
    );
    const offset = Number(q.cursor ?? 0);
    return {
      items: matches.slice(offset, offset + q.limit).map(toOrganizer),
      nextCursor: offset + q.limit < matches.length ? String(offset + q.limit) : null,
    };
  }

  async suggestions(actor: Actor, q: ReserveSuggestionQuery): Promise<ReserveSuggestions> {
    assertRole(actor, directoryReaders);
    const chapter = await this.chapters.get(q.chapterId);
    if (!chapter) throw new NotFoundError('Chapter');
    const [industry, reserve] = await Promise.all([
      this.repo.topIndustry(chapter.id),
      this.repo.active(),
    ]);
    const spanishFirst = q.spanish === undefined ? chapter.wantsSpanish : q.spanish === 'true';
    const ranked = rankSuggestions(reserve, chapter, industry, spanishFirst).slice(0, q.limit);
    return {
      chapter: {
        id: chapter.id,
        name: chapter.name,
        state: chapter.state,
        isSouth: this.geo.isSouth(chapter.state),
        hasLaborCommittee: chapter.hasLaborCommittee,
        industry,
        spanishFirst,
      },
      items: ranked.map((s) => ({
        ...toOrganizer(s),
        sameIndustry: s.sameIndustry,
        speaksSpanish: s.speaksSpanish,
        supportsState: s.supportsState,
        distanceKm: s.distanceKm,
      })),
    };
  }
}
