import { useTranslation } from 'react-i18next';
import { fieldIssue, type FieldIssue } from '@shopfloor/shared';
import { numberFormat } from '../../i18n/format';
import { ApiError } from '../../lib/http';

/** Fields whose server message (always English) has a translation the reader can act on. */
const translated = ['employer', 'zip', 'note', 'email', 'firstName', 'lastName', 'since'] as const;
type TranslatedField = (typeof translated)[number];
const isTranslated = (field: string): field is TranslatedField =>
  (translated as readonly string[]).includes(field);

/** The sentences under `fieldIssues` (not `keys`), each said from an issue's code and params. */
type IssueSentence =
  | 'required'
  | 'tooShort'
  | 'tooLong'
  | 'numberMin'
  | 'numberAbove'
  | 'numberMax'
  | 'numberBelow'
  | 'chooseAtLeast'
  | 'chooseAtMost'
  | 'email'
  | 'date'
  | 'datetime'
  | 'time'
  | 'url'
  | 'format'
  | 'number'
  | 'wholeNumber'
  | 'text'
  | 'yesNo'
  | 'choose'
  | 'tick'
  | 'multipleOf';

type Said = [IssueSentence, Record<string, string>?];

const formats: Partial<Record<string, IssueSentence>> = {
  email: 'email',
  date: 'date',
  datetime: 'datetime',
  time: 'time',
  url: 'url',
};

/**
 * The issues of a 400 answer, when the error carries them (`error.issues` from the API body,
 * beside `fields`), checked against the shared schema: one per field, the first.
 */
function issuesOf(error: ApiError): Map<string, FieldIssue> {
  const parsed = fieldIssue.array().safeParse((error as { issues?: unknown }).issues);
  const byField = new Map<string, FieldIssue>();
  if (!parsed.success) return byField;
  for (const issue of parsed.data) if (!byField.has(issue.field)) byField.set(issue.field, issue);
  return byField;
}

/** Which generic sentence says an issue, with its numbers formatted; null when none fits. */
function sentenceFor(issue: FieldIssue, number: (n: number) => string): Said | null {
  const p = issue.params ?? {};
  const n = (value: unknown) => (typeof value === 'number' ? number(value) : null);
  switch (issue.code) {
    case 'invalid_type':
      if (p.received === 'undefined' || p.received === 'null') return ['required'];
      if (p.expected === 'number') return ['number'];
      if (p.expected === 'int') return ['wholeNumber'];
      if (p.expected === 'string') return ['text'];
      if (p.expected === 'boolean') return ['yesNo'];
      return null;
    case 'too_small': {
      const min = n(p.minimum);
      if (min === null) return null;
      if (p.origin === 'string') return p.minimum === 1 ? ['required'] : ['tooShort', { min }];
      if (p.origin === 'number' || p.origin === 'int')
        return [p.inclusive === false ? 'numberAbove' : 'numberMin', { min }];
      if (p.origin === 'array' || p.origin === 'set') return ['chooseAtLeast', { min }];
      return null;
    }
    case 'too_big': {
      const max = n(p.maximum);
      if (max === null) return null;
      if (p.origin === 'string') return ['tooLong', { max }];
      if (p.origin === 'number' || p.origin === 'int')
        return [p.inclusive === false ? 'numberBelow' : 'numberMax', { max }];
      if (p.origin === 'array' || p.origin === 'set') return ['chooseAtMost', { max }];
      return null;
    }
    case 'invalid_format':
      return [(typeof p.format === 'string' && formats[p.format]) || 'format'];
    case 'invalid_value':
      return Array.isArray(p.values) && p.values.length === 1 && p.values[0] === true
        ? ['tick']
        : ['choose'];
    case 'not_multiple_of': {
      const divisor = n(p.divisor);
      return divisor === null ? null : ['multipleOf', { divisor }];
    }
    default:
      return null;
  }
}

/** The sentence for one field: its refusal's own key, then the field's, then the code's. */
/** `t` for keys made at run time; fieldIssues' sentences take strings only ({{min}}, {{max}}…). */
type LooseT = (key: string, values?: Record<string, string>) => string;

function say(
  t: LooseT,
  exists: (key: string) => boolean,
  number: (n: number) => string,
  field: string,
  message: string,
  issue: FieldIssue | undefined,
): string {
  const key = issue?.params?.i18n;
  if (typeof key === 'string' && exists(`fieldIssues.keys.${key}`)) {
    const values: Record<string, string> = {};
    for (const [name, value] of Object.entries(issue?.params ?? {}))
      if (typeof value === 'number') values[name] = number(value);
      else if (typeof value === 'string') values[name] = value;
    return t(`fieldIssues.keys.${key}`, values);
  }
  // A too-long value is said by its limit; else the field's own sentence, where there is one.
  if (isTranslated(field) && issue?.code !== 'too_big') return t(`workspace.fieldErrors.${field}`);
  const said = issue && sentenceFor(issue, number);
  if (!said) return message;
  const [sentence, values] = said;
  return t(`fieldIssues.${sentence}`, values ?? {});
}

/**
 * The field errors of a 400 answer, keyed by field, in the interface's language where the answer
 * says why (its `issues`: zod's code and limits, or a sentence key); the server's own English
 * words otherwise, which are specific to the case.
 */
export function useFieldErrors(error: unknown): Record<string, string> {
  const { t, i18n } = useTranslation();
  if (!(error instanceof ApiError) || !error.fields) return {};
  const issues = issuesOf(error);
  const { number } = numberFormat(i18n.resolvedLanguage ?? 'en');
  const exists = (key: string) => i18n.exists(key);
  return Object.fromEntries(
    Object.entries(error.fields).map(([field, message]) => [
      field,
      say(t as unknown as LooseT, exists, number, field, message, issues.get(field)),
    ]),
  );
}

/** True when the answer was 409 stale_version: someone else saved the record first. */
export function isStale(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'stale_version';
}
