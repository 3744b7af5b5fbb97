import { parse } from 'csv-parse/sync';
import type { FieldIssueParams } from '@shopfloor/shared';
import { ValidationError } from '../../http/errors';

export const MAX_DATA_LINES = 200_000;

export interface RosterRecord {
  /** Physical line of the file where the record starts; the header is line 1. */
  line: number;
  cells: string[];
}

export interface RosterFile {
  headers: string[];
  records: RosterRecord[];
}

/** A whole-file refusal: the English sentence, its key under fieldIssues.keys, and its values. */
export function fileError(
  message: string,
  key: string,
  params?: FieldIssueParams,
): ValidationError {
  return new ValidationError({ file: { message, key, params } }, 'The file cannot be imported');
}

/** Refuses bodies that are plainly something other than CSV text before parsing them as CSV. */
function rejectNonCsv(text: string): void {
  const sample = text.slice(0, 65_536);
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) odd = Infinity;
    else if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) odd++;
  }
  if (odd > sample.length * 0.02) {
    throw fileError(
      'This is a binary file (or UTF-16 text), not a CSV file: save the roster as "CSV UTF-8" and upload that',
      'fileBinary',
    );
  }
  const start = sample.trimStart();
  if ((start.startsWith('{') || start.startsWith('[')) && isJson(text)) {
    throw fileError('This is JSON, not a CSV file', 'fileJson');
  }
  if (start.startsWith('<'))
    throw fileError('This is an HTML or XML page, not a CSV file', 'fileHtml');
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

interface ParsedRecord {
  record: string[];
  info: { lines: number };
}

/** Reads the body of an import request into a header and records, or throws a whole-file error. */
export function readRosterFile(body: unknown): RosterFile {
  if (body == null) {
    throw fileError(
      'The file is empty: send it as the request body, with Content-Type: text/csv',
      'fileNotSent',
    );
  }
  if (typeof body !== 'string') {
    throw fileError('Send the roster as CSV text (Content-Type: text/csv)', 'fileNotText');
  }
  const text = body.replace(/^\uFEFF/, '');
  if (!text.trim()) throw fileError('The file is empty', 'fileEmpty');
  rejectNonCsv(text);
  let parsed: ParsedRecord[];
  try {
    // csv-parse counts a quoted CRLF as two lines, so line ends are made LF first to keep line numbers true.
    parsed = parse(text.replace(/\r\n?/g, '\n'), {
      bom: true,
      info: true,
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      trim: true,
      to: MAX_DATA_LINES + 2,
    }) as unknown as ParsedRecord[];
  } catch (err) {
    const line = (err as { lines?: number }).lines;
    const detail = (err as Error).message;
    throw fileError(
      `The file is not valid CSV${line ? ` near line ${line}` : ''}: ${detail}`,
      line ? 'fileInvalidCsvNear' : 'fileInvalidCsv',
      line ? { line, detail } : { detail },
    );
  }
  if (parsed.length - 1 > MAX_DATA_LINES) {
    throw fileError(
      `The file has more than ${MAX_DATA_LINES.toLocaleString('en-US')} data lines: split it into smaller files`,
      'fileTooLong',
      { max: MAX_DATA_LINES },
    );
  }
  const [head, ...rest] = parsed;
  if (!head) throw fileError('The file is empty', 'fileEmpty');
  return {
    headers: head.record.map((h) => h.trim()),
    records: rest.map(({ record, info }) => {
      let inner = 0;
      for (const cell of record)
        for (let i = cell.indexOf('\n'); i >= 0; i = cell.indexOf('\n', i + 1)) inner++;
      return { line: info.lines - inner, cells: record };
    }),
  };
}
