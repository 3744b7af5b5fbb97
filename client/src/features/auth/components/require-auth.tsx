import { Navigate, Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { needsTwoFactorEnrolment, useSession } from '../api';
import { QueryError } from '../../../components/ui/query-error';
import { Loading } from '../../../components/ui/loading';

/** Renders its child routes for a logged-in user; sends everyone else to the login page. */
export function RequireAuth() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();

  if (session.isPending) return <Loading label={t('auth.checkingSession')} />;
  if (session.isError) {
    return <QueryError error={session.error} onRetry={() => void session.refetch()} />;
  }
  if (!session.data) {
    const from = location.pathname + location.search + location.hash;
    return <Navigate to="/login" replace state={{ from }} />;
  }
  // An admin or national login without two-factor may only enrol: the account page says why.
  if (needsTwoFactorEnrolment(session.data) && location.pathname !== '/account')
    return <Navigate to="/account" replace />;
  return <Outlet />;
}
