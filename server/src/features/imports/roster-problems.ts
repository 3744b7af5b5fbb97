import type { ImportProblem, ImportProblemCode, RosterField } from '@shopfloor/shared';

export type ProblemParams = Record<string, string | number>;

// The API's English wording, unchanged since `errors` was the only form: clients that read no
// codes show these sentences as they are.
const english: Record<ImportProblemCode, (p: ProblemParams, field: RosterField) => string> = {
  too_long: (p) => `${p.value} is longer than ${p.max} characters`,
  not_a_date: (p) => `${p.value} is not a date (use YYYY-MM-DD or M/D/YYYY)`,
  not_a_zip: (p) => `${p.value} is not a ZIP code (use 5 digits or ZIP+4)`,
  unknown_zip: (p) => `${p.value} is not a US ZIP code`,
  not_an_email: (p) => `${p.value} is not an email address`,
  not_yes_no: (p) => `${p.value} is not yes or no`,
  not_a_language: (p) => `${p.value} is not a language Shopfloor speaks (en or es)`,
  not_a_status: (p) =>
    `${p.value} is not a membership status (member in good standing, lapsed or expired)`,
  not_a_source: (p) => `${p.value} is not a recruitment source (${p.allowed})`,
  blank: () => 'is blank',
  not_mapped: (_, field) => `no column of the file is mapped to ${field}`,
  no_identity: () => 'both are blank, so the line cannot be matched to a member',
  same_person: (p) => `${p.value} is the same person as line ${p.line}`,
  same_member: (p) => `${p.value} is the same member as line ${p.line}`,
  other_chapter: (p) => `${p.value} belongs to a member of another chapter`,
};

/** One reason a line is rejected: its code and parameters, and the English `message`. */
export function problem(
  code: ImportProblemCode,
  field: RosterField,
  column: string,
  params: ProblemParams = {},
): ImportProblem {
  const columns = code === 'no_identity' ? `${column}, ${params.emailColumn}` : column;
  return { code, field, column, params, message: `${columns}: ${english[code](params, field)}` };
}
