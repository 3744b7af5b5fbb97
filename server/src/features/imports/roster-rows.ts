import type { ImportProblem, RosterField } from '@shopfloor/shared';
import type { MemberValues } from '../members/members.repository';
import { columnsByField, templateHeader, type RosterColumn } from './roster-columns';
import type { RosterRecord } from './roster-file';
import { problem } from './roster-problems';
import { cellParsers, cleanCell, shown } from './roster-values';

/** One data line read into member values: a field is undefined unless the file gives it a value. */
export interface RosterRow {
  line: number;
  values: MemberValues;
  problems: ImportProblem[];
}

// Every row object gets the same shape: V8 then copies and compares 100,000 of them quickly.
const blankRow = (): Record<RosterField, unknown> => ({
  akId: undefined,
  firstName: undefined,
  lastName: undefined,
  email: undefined,
  phone: undefined,
  zip: undefined,
  preferredLanguage: undefined,
  joinedOn: undefined,
  lapsedOn: undefined,
  status: undefined,
  recruitmentSource: undefined,
  recruitedBy: undefined,
  unionMember: undefined,
  unionName: undefined,
  unionLocal: undefined,
  unionStaff: undefined,
});

/** Reads records with the columns resolved once for the whole file. */
export class RowReader {
  private readonly fields: [RosterField, RosterColumn[]][];
  private readonly labels: Partial<Record<RosterField, string>> = {};
  private readonly lapseFromXdate: boolean;

  constructor(columns: RosterColumn[]) {
    const byField = columnsByField(columns);
    this.fields = [...byField.entries()];
    for (const [field, cols] of this.fields) this.labels[field] = cols[0]?.header;
    this.lapseFromXdate = byField.get('lapsedOn')?.[0]?.xdate ?? false;
  }

  /** The column a field is read from, as the file names it, for problems. */
  label(field: RosterField): string {
    return this.labels[field] ?? templateHeader(field);
  }

  read(record: RosterRecord): RosterRow {
    const values: Record<RosterField, unknown> = blankRow();
    const given = new Set<RosterField>();
    const problems: ImportProblem[] = [];
    for (const [field, cols] of this.fields) {
      for (const col of cols) {
        const cell = cleanCell(record.cells[col.index]);
        if (!cell) continue;
        given.add(field);
        const parsed = cellParsers[field](cell);
        if ('problem' in parsed) {
          problems.push(
            problem(parsed.problem, field, col.header, { value: shown(cell), ...parsed.params }),
          );
        } else values[field] = parsed.value;
        break;
      }
    }
    if (this.lapseFromXdate) {
      // Xdate is when membership runs out: a lapse date only once it has; none while in good standing.
      if (values.status === 'good_standing') values.lapsedOn = null;
      else if (values.status === undefined) values.lapsedOn = undefined;
    }
    for (const field of ['firstName', 'lastName'] as const) {
      if (!given.has(field)) {
        problems.push(
          problem(this.labels[field] ? 'blank' : 'not_mapped', field, this.label(field)),
        );
      }
    }
    if (!given.has('akId') && !given.has('email')) {
      problems.push(
        problem('no_identity', 'akId', this.label('akId'), { emailColumn: this.label('email') }),
      );
    }
    return { line: record.line, values: values as MemberValues, problems };
  }
}
