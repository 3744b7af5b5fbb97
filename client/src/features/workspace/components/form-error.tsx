import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../components/ui/query-error';
import { isStale } from '../../../components/ui/use-field-errors';
import { ApiError } from '../../../lib/http';

/** The top-of-form message for a refused save; field errors themselves sit under their fields. */
export function FormError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  if (!error) return null;
  const text =
    error instanceof ApiError && error.fields && Object.keys(error.fields).length
      ? t('workspace.errors.checkFields')
      : isStale(error)
        ? t('workspace.errors.stale')
        : errorText(error);
  return (
    <div className="notice notice-error form-wide" role="alert">
      <p>{text}</p>
    </div>
  );
}
