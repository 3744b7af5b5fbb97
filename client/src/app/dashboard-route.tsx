import { useCurrentUser } from '../features/auth/api';
import { lazyPage, type PreloadHandle } from './preload';

const DashboardPage = lazyPage(
  () => import('../features/dashboard/components/dashboard-page'),
  (m) => m.DashboardPage,
);
/** For the route: the dashboard's code is fetched while the session is checked. */
export const dashboardHandle: PreloadHandle = { preload: DashboardPage.preload };

/** Hands the logged-in user to the dashboard, which knows nothing of the auth feature. */
export function DashboardRoute() {
  const user = useCurrentUser();
  return <DashboardPage user={user} />;
}
