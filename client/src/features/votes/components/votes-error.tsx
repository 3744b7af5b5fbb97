import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../components/ui/query-error';
import { ApiError } from '../../../lib/http';

/** Where the refused request came from: it decides which explanation fits a 403 or a 409. */
type ErrorContext = 'ballot' | 'sign' | 'petition' | 'admin';

/**
 * A refused request in words the reader can act on, in their language: the server's own message
 * (English only) is used only where no translation says the same.
 */
export function useVotesErrorText() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  return (error: unknown, context: ErrorContext): string => {
    if (!(error instanceof ApiError)) return errorText(error);
    if (error.code === 'stale_version') return t('votes.errors.stale');
    if (error.code === 'validation' && error.fields) return t('votes.errors.checkFields');
    if (context === 'ballot') {
      if (error.status === 403) return t('votes.errors.notOnRoll');
      if (error.status === 409) return t('votes.errors.ballotRefused');
    }
    if (context === 'sign' || context === 'petition') {
      if (error.status === 403) return t('votes.errors.notInGoodStanding');
      if (error.status === 409) return t('votes.errors.signRefused');
    }
    return errorText(error);
  };
}

export function VotesError({ error, context }: { error: unknown; context: ErrorContext }) {
  const text = useVotesErrorText();
  return (
    <div className="notice notice-error form-wide" role="alert">
      <p>{text(error, context)}</p>
    </div>
  );
}
