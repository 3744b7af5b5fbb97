import { useTranslation } from 'react-i18next';
import { Loading } from '../../../components/ui/loading';
import { QueryError } from '../../../components/ui/query-error';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useTwoFactorState } from '../api';
import '../account.css';
import { PasswordForm } from './password-form';
import { SessionsList } from './sessions-list';
import { TwoFactorSection } from './two-factor-section';

/** The user's own account: two-factor login, password, and the sessions they can end. */
export function AccountPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('account.title'));
  const twoFactor = useTwoFactorState();

  if (twoFactor.isPending) return <Loading label={t('account.loading')} />;
  if (twoFactor.isError)
    return <QueryError error={twoFactor.error} onRetry={() => void twoFactor.refetch()} />;
  const mustEnrol = twoFactor.data.required && !twoFactor.data.enabled;

  return (
    <div className="account-page" data-testid="account-page">
      <h1>{t('account.title')}</h1>
      <p className="lead">{t('account.intro')}</p>
      {mustEnrol && (
        <div className="notice" role="status" data-testid="enrolment-required">
          <p className="notice-title">{t('account.enrolmentRequired.title')}</p>
          <p>{t('account.enrolmentRequired.body')}</p>
        </div>
      )}
      <TwoFactorSection state={twoFactor.data} />
      <PasswordForm />
      <SessionsList />
    </div>
  );
}
