import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/http';

/** Fields whose server message (always English) has a translation the reader can act on. */
const translated = ['employer', 'zip', 'note', 'email', 'firstName', 'lastName', 'since'] as const;
type TranslatedField = (typeof translated)[number];
const isTranslated = (field: string): field is TranslatedField =>
  (translated as readonly string[]).includes(field);

/**
 * The field errors of a 400 answer, keyed by field. Common ones are said in the interface's
 * language; the rest keep the server's own words, which are specific to the case.
 */
export function useFieldErrors(error: unknown): Record<string, string> {
  const { t } = useTranslation();
  if (!(error instanceof ApiError) || !error.fields) return {};
  return Object.fromEntries(
    Object.entries(error.fields).map(([field, message]) => [
      field,
      isTranslated(field) ? t(`workspace.fieldErrors.${field}`) : message,
    ]),
  );
}

/** True when the answer was 409 stale_version: someone else saved the record first. */
export function isStale(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'stale_version';
}
