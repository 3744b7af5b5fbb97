import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../components/ui/query-error';
import { useFieldErrors } from '../../../components/ui/use-field-errors';

/**
 * Why the server would not read the file at all (fields.file: empty, not CSV, no roster column)
 * or refused the column mapping, in the reader's language where the answer carries a sentence
 * key (issues[].params.i18n), else in the server's own words, which name the problem exactly.
 */
export function ImportProblem({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const fields = useFieldErrors(error);
  if (!error) return null;
  const detail = fields.file ?? fields.mapping ?? errorText(error);
  return (
    <div className="notice notice-error" role="alert">
      <p className="notice-title">{t('workspace.import.problem')}</p>
      <p>{detail}</p>
    </div>
  );
}
