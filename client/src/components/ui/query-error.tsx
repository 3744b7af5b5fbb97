import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/http';

/** What went wrong, in words the reader can act on. */
export function useErrorText() {
  const { t } = useTranslation();
  return (error: unknown): string => {
    if (error instanceof ApiError) {
      if (error.code === 'network') return t('errors.network');
      if (error.fromServer) return error.message;
    }
    return t('errors.unexpected');
  };
}

interface QueryErrorProps {
  error: unknown;
  title?: string;
  onRetry?: () => void;
}

export function QueryError({ error, title, onRetry }: QueryErrorProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  return (
    <div className="notice notice-error" role="alert">
      <p className="notice-title">{title ?? t('errors.loadFailed')}</p>
      <p>{errorText(error)}</p>
      {onRetry && (
        <button type="button" className="button button-secondary" onClick={onRetry}>
          {t('actions.retry')}
        </button>
      )}
    </div>
  );
}
