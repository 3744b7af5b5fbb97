import type { Knex } from 'knex';
import type { Chapter, ChapterPatch } from '@shopfloor/shared';
import type { AuditRepository } from '../../audit/audit.repository';
import { assertManagesChapter, type Actor } from '../../auth/policy';
import { NotFoundError, StaleVersionError } from '../../http/errors';
import type { GeoService } from '../geo/geo.service';
import { ChaptersRepository, type ChapterRow } from './chapters.repository';

export class ChaptersService {
  readonly repo: ChaptersRepository;

  constructor(
    private readonly db: Knex,
    private readonly geo: GeoService,
    private readonly audit: AuditRepository,
  ) {
    this.repo = new ChaptersRepository(db);
  }

  private present(row: ChapterRow): Chapter {
    return { ...row, isSouth: this.geo.isSouth(row.state) };
  }

  /** Chapter facts are organizational, not personal: every signed-in role may read them. */
  async list(): Promise<Chapter[]> {
    return (await this.repo.list()).map((c) => this.present(c));
  }

  async get(id: number): Promise<Chapter> {
    const row = await this.repo.get(id);
    if (!row) throw new NotFoundError('Chapter');
    return this.present(row);
  }

  async update(actor: Actor, id: number, patch: ChapterPatch): Promise<Chapter> {
    assertManagesChapter(actor, id);
    return this.db.transaction(async (trx) => {
      const before = await this.repo.get(id, trx);
      if (!before) throw new NotFoundError('Chapter');
      if (!(await this.repo.update(trx, id, patch))) throw new StaleVersionError();
      const after = (await this.repo.get(id, trx))!;
      await this.audit.record(trx, actor, {
        entity: 'chapter',
        entityId: id,
        chapterId: id,
        action: 'update',
        before,
        after,
      });
      return this.present(after);
    });
  }
}
