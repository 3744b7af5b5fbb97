import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../components/ui/query-error';
import { ApiError } from '../../../lib/http';

/**
 * Why the server would not read the file at all (fields.file: empty, not CSV, no roster column)
 * or refused the column mapping, in its own words, which name the problem exactly.
 */
export function ImportProblem({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  if (!error) return null;
  const fields = error instanceof ApiError ? error.fields : undefined;
  const detail = fields?.file ?? fields?.mapping ?? errorText(error);
  return (
    <div className="notice notice-error" role="alert">
      <p className="notice-title">{t('workspace.import.problem')}</p>
      <p>{detail}</p>
    </div>
  );
}
