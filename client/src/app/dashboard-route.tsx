import { lazy } from 'react';
import { useCurrentUser } from '../features/auth/api';

const DashboardPage = lazy(() =>
  import('../features/dashboard/components/dashboard-page').then((m) => ({
    default: m.DashboardPage,
  })),
);

/** Hands the logged-in user to the dashboard, which knows nothing of the auth feature. */
export function DashboardRoute() {
  const user = useCurrentUser();
  return <DashboardPage user={user} />;
}
