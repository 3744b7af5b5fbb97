import type { Knex } from 'knex';
import type { ChapterPatch, ChapterSizeClass } from '@shopfloor/shared';

export interface ChapterRow {
  id: number;
  name: string;
  state: string;
  city: string | null;
  zip: string | null;
  lat: number | null;
  lng: number | null;
  hasLaborCommittee: boolean;
  hasClcDelegate: boolean;
  sizeClass: ChapterSizeClass;
  wantsSpanish: boolean;
  version: number;
}

const toChapter = (r: Record<string, unknown>): ChapterRow => ({
  id: r.id as number,
  name: r.name as string,
  state: r.state as string,
  city: (r.city as string | null) ?? null,
  zip: (r.zip as string | null) ?? null,
  lat: r.lat == null ? null : Number(r.lat),
  lng: r.lng == null ? null : Number(r.lng),
  hasLaborCommittee: Boolean(r.has_labor_committee),
  hasClcDelegate: Boolean(r.has_clc_delegate),
  sizeClass: r.size_class as ChapterSizeClass,
  wantsSpanish: Boolean(r.wants_spanish),
  version: r.version as number,
});

const columns: Record<keyof Omit<ChapterPatch, 'version'>, string> = {
  name: 'name',
  state: 'state',
  city: 'city',
  hasLaborCommittee: 'has_labor_committee',
  hasClcDelegate: 'has_clc_delegate',
  sizeClass: 'size_class',
  wantsSpanish: 'wants_spanish',
};

export class ChaptersRepository {
  constructor(private readonly db: Knex) {}

  async list(): Promise<ChapterRow[]> {
    return (await this.db('chapters').orderBy('name')).map(toChapter);
  }

  async get(id: number, trx: Knex | Knex.Transaction = this.db): Promise<ChapterRow | null> {
    const row = await trx('chapters').where('id', id).first();
    return row ? toChapter(row) : null;
  }

  /** Applies the patch if the version still matches; returns false when it did not. */
  async update(trx: Knex.Transaction, id: number, patch: ChapterPatch): Promise<boolean> {
    const row: Record<string, unknown> = {
      updated_at: new Date().toISOString(),
      version: trx.raw('version + 1'),
    };
    for (const [key, column] of Object.entries(columns)) {
      const value = patch[key as keyof typeof columns];
      if (value !== undefined) row[column] = value;
    }
    const n = await trx('chapters').where({ id, version: patch.version }).update(row);
    return n === 1;
  }
}
