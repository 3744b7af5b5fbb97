import { stringify } from 'csv-stringify/sync';
import type { Knex } from 'knex';
import { rosterFields, type Employment, type Language } from '@shopfloor/shared';
import type { AuditRepository } from '../../audit/audit.repository';
import { assertManagesChapter, type Actor } from '../../auth/policy';
import { NotFoundError } from '../../http/errors';
import { ChaptersRepository } from '../chapters/chapters.repository';
import { MembersRepository } from '../members/members.repository';
import { EmploymentsRepository } from '../workplaces/employments.repository';
import { WorkplacesRepository } from '../workplaces/workplaces.repository';
import { templateHeaders, templateHeadersEs } from './roster-columns';

export interface CsvFile {
  filename: string;
  csv: string;
}

/** A cell a spreadsheet would run as a formula (=, +, -, @) is written with a leading quote. */
export function safeCell(value: unknown): unknown {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function toCsv(headers: string[], rows: unknown[][]): string {
  // The byte-order mark lets Excel read UTF-8 (Español, Martínez) correctly; our importer skips it.
  return stringify([headers, ...rows.map((row) => row.map(safeCell))], {
    bom: true,
    cast: { boolean: (b) => (b ? 'yes' : 'no') },
  });
}

const templateExample = [
  '100001',
  'Rosa',
  'Martínez',
  'rosa.martinez@example.org',
  '(919) 555-0100',
  '27701',
  'es',
  '2024-03-15',
  '',
  'good_standing',
  'workplace',
  'Keisha Bell',
  'yes',
  'SEIU',
  'Local 1199',
  'no',
];

/** The Shopfloor roster template: its header line and one example row, in English or Spanish. */
export function templateCsv(lang: Language = 'en'): CsvFile {
  if (lang === 'es') {
    // Yes and no as a Spanish speaker writes them; codes (status, source) stay as the importer reads them.
    const example = templateExample.map((v) => (v === 'yes' ? 'sí' : v));
    return {
      filename: 'shopfloor-plantilla-de-miembros.csv',
      csv: toCsv(templateHeadersEs, [example]),
    };
  }
  return {
    filename: 'shopfloor-roster-template.csv',
    csv: toCsv(templateHeaders, [templateExample]),
  };
}

const slug = (name: string) =>
  name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'chapter';

const byName = new Intl.Collator('en', { sensitivity: 'base' });

/** The chapter's roster and workplaces as CSV files; every export of PII is audited. */
export class ExportsService {
  private readonly members: MembersRepository;
  private readonly employments: EmploymentsRepository;
  private readonly workplaces: WorkplacesRepository;
  private readonly chapters: ChaptersRepository;

  constructor(
    private readonly db: Knex,
    private readonly audit: AuditRepository,
  ) {
    this.members = new MembersRepository(db);
    this.employments = new EmploymentsRepository(db);
    this.workplaces = new WorkplacesRepository(db);
    this.chapters = new ChaptersRepository(db);
  }

  /** The roster in the template's columns (so it re-imports unchanged), plus each member's current job. */
  async membersCsv(actor: Actor, chapterId: number): Promise<CsvFile> {
    const name = await this.chapterName(actor, chapterId);
    const roster = (await this.members.rosterForMatching(chapterId)).sort(
      (a, b) =>
        byName.compare(a.lastName, b.lastName) ||
        byName.compare(a.firstName, b.firstName) ||
        a.id - b.id,
    );
    const jobs = await this.currentJobs(roster.map((m) => m.id));
    const rows = roster.map((m) => {
      const job = jobs.get(m.id);
      return [...rosterFields.map((f) => m[f]), job?.employer, job?.siteName, job?.jobTitle];
    });
    const csv = toCsv([...templateHeaders, 'employer', 'site', 'job_title'], rows);
    await this.record(actor, chapterId, 'members.csv', rows.length);
    return { filename: `${slug(name)}-members-${today()}.csv`, csv };
  }

  async workplacesCsv(actor: Actor, chapterId: number): Promise<CsvFile> {
    const name = await this.chapterName(actor, chapterId);
    const list = await this.workplaces.allForChapter(chapterId);
    const headers = [
      'employer',
      'site_name',
      'address',
      'city',
      'state',
      'zip',
      'industry',
      'size',
    ];
    headers.push('union_status', 'union_name', 'confirmed', 'members');
    const rows = list.map((w) => [
      w.employer,
      w.siteName,
      w.address,
      w.city,
      w.state,
      w.zip,
      w.industry,
      w.size,
      w.unionStatus,
      w.unionName,
      w.confirmed,
      w.members,
    ]);
    await this.record(actor, chapterId, 'workplaces.csv', rows.length);
    return { filename: `${slug(name)}-workplaces-${today()}.csv`, csv: toCsv(headers, rows) };
  }

  private async chapterName(actor: Actor, chapterId: number): Promise<string> {
    assertManagesChapter(actor, chapterId);
    const chapter = await this.chapters.get(chapterId);
    if (!chapter) throw new NotFoundError('Chapter');
    return chapter.name;
  }

  private async currentJobs(memberIds: number[]): Promise<Map<number, Employment>> {
    const jobs = new Map<number, Employment>();
    for (let i = 0; i < memberIds.length; i += 900) {
      // Current jobs come first, newest first: the first one seen is the member's job now.
      for (const e of await this.employments.forMembers(memberIds.slice(i, i + 900))) {
        if (!e.endedOn && !jobs.has(e.memberId)) jobs.set(e.memberId, e);
      }
    }
    return jobs;
  }

  private record(actor: Actor, chapterId: number, action: string, rows: number) {
    return this.audit.record(this.db, actor, {
      entity: 'export',
      entityId: chapterId,
      action,
      chapterId,
      after: { rows },
    });
  }
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}
