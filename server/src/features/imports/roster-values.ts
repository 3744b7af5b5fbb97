import { geocodeZip } from '@shopfloor/db/zips';
import {
  memberFields,
  recruitmentSources,
  type ImportProblemCode,
  type RosterField,
} from '@shopfloor/shared';
import type { ProblemParams } from './roster-problems';

/** A cell's value, or why it is not one (the caller adds the column and the cell). */
export type Parsed = { value: unknown } | { problem: ImportProblemCode; params?: ProblemParams };
export type CellParser = (cell: string) => Parsed;

const ok = (value: unknown): Parsed => ({ value });
const bad = (problem: ImportProblemCode, params?: ProblemParams): Parsed => ({ problem, params });

/** The cell as written, minus the quote our exports put before cells a spreadsheet would run as formulas. */
export function cleanCell(cell: string | undefined): string {
  const v = (cell ?? '').trim();
  return v.startsWith("'") && /^'[=+\-@]/.test(v) ? v.slice(1) : v;
}

const text =
  (max: number): CellParser =>
  (cell) =>
    cell.length <= max ? ok(cell) : bad('too_long', { max });

function isoDate(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  if (d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** YYYY-MM-DD, M/D/YYYY or M/D/YY (00–68 are 20xx, 69–99 19xx, as POSIX reads two-digit years). */
export const parseDate: CellParser = (cell) => {
  let iso: string | null = null;
  const ymd = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(cell);
  const mdy = /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})$/.exec(cell);
  if (ymd) iso = isoDate(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
  if (mdy) {
    const yy = Number(mdy[3]);
    const year = mdy[3]!.length === 4 ? yy : yy < 69 ? 2000 + yy : 1900 + yy;
    iso = isoDate(year, Number(mdy[1]), Number(mdy[2]));
  }
  return iso ? ok(iso) : bad('not_a_date');
};

/** Five digits or ZIP+4; four digits are a ZIP whose leading zero a spreadsheet dropped. */
export const parseZip: CellParser = (cell) => {
  const m = /^(\d{4,5})(?:[-\s]?\d{4})?$/.exec(cell);
  if (!m) return bad('not_a_zip');
  const zip = m[1]!.padStart(5, '0');
  return geocodeZip(zip) ? ok(zip) : bad('unknown_zip');
};

const emailSchema = memberFields.shape.email;
export const parseEmail: CellParser = (cell) => {
  const r = emailSchema.safeParse(cell);
  return r.success ? ok(r.data) : bad('not_an_email');
};

const yes = new Set(['yes', 'y', 'true', 't', '1', 'sí', 'si']);
const no = new Set(['no', 'n', 'false', 'f', '0']);
/** yes/no, true/false, 1/0, y/n, Spanish sí/no, and the national list's "Yes, current union member". */
export const parseBoolean: CellParser = (cell) => {
  const head = cell.split(',')[0]!.trim().toLowerCase();
  if (yes.has(head)) return ok(true);
  if (no.has(head)) return ok(false);
  return bad('not_yes_no');
};

const languages: Record<string, 'en' | 'es'> = {
  en: 'en',
  english: 'en',
  ingles: 'en',
  inglés: 'en',
  es: 'es',
  spanish: 'es',
  espanol: 'es',
  español: 'es',
};
export const parseLanguage: CellParser = (cell) => {
  const lang = languages[cell.toLowerCase()];
  return lang ? ok(lang) : bad('not_a_language');
};

const statuses: Record<string, 'good_standing' | 'lapsed' | 'expired'> = {
  member_in_good_standing: 'good_standing',
  in_good_standing: 'good_standing',
  good_standing: 'good_standing',
  lapsed: 'lapsed',
  expired: 'expired',
};
export const parseStatus: CellParser = (cell) => {
  const status = statuses[cell.toLowerCase().replace(/[^a-z]+/g, '_')];
  return status ? ok(status) : bad('not_a_status');
};

export const parseRecruitmentSource: CellParser = (cell) => {
  const v = cell.toLowerCase();
  return (recruitmentSources as readonly string[]).includes(v)
    ? ok(v)
    : bad('not_a_source', { allowed: recruitmentSources.join(', ') });
};

/** How each roster field reads a non-blank cell; limits are the columns' own (see shared/members). */
export const cellParsers: Record<RosterField, CellParser> = {
  akId: text(40),
  firstName: text(80),
  lastName: text(80),
  email: parseEmail,
  phone: text(40),
  zip: parseZip,
  preferredLanguage: parseLanguage,
  joinedOn: parseDate,
  lapsedOn: parseDate,
  status: parseStatus,
  recruitmentSource: parseRecruitmentSource,
  recruitedBy: text(120),
  unionMember: parseBoolean,
  unionName: text(120),
  unionLocal: text(60),
  unionStaff: parseBoolean,
};

/** The cell as quoted in a problem, shortened so a long cell cannot swamp the message. */
export function shown(cell: string): string {
  return cell.length > 40 ? `${cell.slice(0, 40)}…` : cell;
}
