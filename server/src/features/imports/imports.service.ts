import type { Knex } from 'knex';
import type { ImportQuery, ImportResult } from '@shopfloor/shared';
import type { AuditEntry, AuditRepository } from '../../audit/audit.repository';
import { assertManagesChapter, type Actor } from '../../auth/policy';
import { NotFoundError, StaleVersionError } from '../../http/errors';
import { ChaptersRepository } from '../chapters/chapters.repository';
import { MembersRepository } from '../members/members.repository';
import { ExportsService } from './exports.service';
import { recordMany } from './import-audit';
import { resolveColumns } from './roster-columns';
import { readRosterFile } from './roster-file';
import { planImport, type ImportPlan } from './roster-plan';
import { RowReader, type RosterRow } from './roster-rows';

/** Roster imports from the national list or Shopfloor's template, and the chapter's CSV exports. */
export class ImportsService {
  private readonly members: MembersRepository;
  private readonly chapters: ChaptersRepository;
  readonly exports: ExportsService;

  constructor(
    private readonly db: Knex,
    private readonly audit: AuditRepository,
  ) {
    this.members = new MembersRepository(db);
    this.chapters = new ChaptersRepository(db);
    this.exports = new ExportsService(db, audit);
  }

  /**
   * Validates the whole file in memory against the chapter's roster, then (unless it is a dry run)
   * writes it in one transaction: all of it, or with `skipRejected` the good lines, or nothing.
   */
  async importMembers(
    actor: Actor,
    chapterId: number,
    body: unknown,
    query: ImportQuery,
  ): Promise<ImportResult> {
    assertManagesChapter(actor, chapterId);
    if (!(await this.chapters.get(chapterId))) throw new NotFoundError('Chapter');
    const file = readRosterFile(body);
    const columns = resolveColumns(file.headers, query.mapping);
    const reader = new RowReader(columns);
    const rows = file.records.map((record) => reader.read(record));
    const result = (plan: ImportPlan, committed: boolean): ImportResult => ({
      dryRun: query.dryRun,
      committed,
      created: plan.creates.length,
      updated: plan.updates.length,
      unchanged: plan.unchanged,
      rejected: plan.rejected.map(({ line, problems }) => ({
        line,
        errors: problems.map((p) => p.message),
        problems,
      })),
      columns: columns.map((c) => ({ header: c.header, field: c.field })),
    });

    if (query.dryRun) {
      return result(await this.plan(this.db, chapterId, rows, reader), false);
    }
    return this.db.transaction(async (trx) => {
      const plan = await this.plan(trx, chapterId, rows, reader);
      if (plan.rejected.length && !query.skipRejected)
        return { ...result(plan, false), created: 0, updated: 0 };
      await this.apply(trx, actor, chapterId, plan);
      return result(plan, true);
    });
  }

  private async plan(
    trx: Knex | Knex.Transaction,
    chapterId: number,
    rows: RosterRow[],
    reader: RowReader,
  ) {
    const roster = await this.members.rosterForMatching(chapterId, trx);
    const ours = new Set(roster.map((m) => m.akId));
    const akIds = [
      ...new Set(rows.map((r) => r.values.akId).filter((a): a is string => !!a && !ours.has(a))),
    ];
    const elsewhere = await this.members.akIdsElsewhere(chapterId, akIds, trx);
    return planImport(rows, roster, elsewhere, reader);
  }

  private async apply(trx: Knex.Transaction, actor: Actor, chapterId: number, plan: ImportPlan) {
    const entries: AuditEntry[] = [];
    if (plan.creates.length) {
      await this.members.insertMany(
        trx,
        chapterId,
        plan.creates.map((c) => c.values),
      );
      // insertMany returns no ids, and reading a large roster back costs seconds on SQLite: a created
      // member's audit row names it by the AK_ID and email in `after` instead.
      for (const c of plan.creates) {
        entries.push({
          entity: 'member',
          entityId: null,
          action: 'import_create',
          chapterId,
          after: c.values,
        });
      }
    }
    for (const u of plan.updates) {
      if (!(await this.members.update(trx, u.member.id, u.after, u.member.version)))
        throw new StaleVersionError();
      entries.push({
        entity: 'member',
        entityId: u.member.id,
        action: 'import_update',
        chapterId,
        before: u.before,
        after: u.after,
      });
    }
    if (!entries.length) return;
    await recordMany(trx, actor, entries);
    await this.audit.record(trx, actor, {
      entity: 'import',
      action: 'members',
      chapterId,
      after: {
        created: plan.creates.length,
        updated: plan.updates.length,
        unchanged: plan.unchanged,
        skipped: plan.rejected.length,
      },
    });
  }
}
