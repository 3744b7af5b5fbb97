import { useCurrentUser } from '../features/auth/api';
import { lazyPage, type PreloadHandle } from './preload';
import { RoleNotice } from './role-notice';

const MePage = lazyPage(
  () => import('../features/me/components/me-page'),
  (m) => m.MePage,
);
/** For the route: the page's code is fetched while the session is checked. */
export const meHandle: PreloadHandle = { preload: MePage.preload };

/** "My workplace": only a member has a record of their own to report on. */
export function MeRoute() {
  const user = useCurrentUser();
  if (user.role !== 'member') return <RoleNotice page="me" />;
  return <MePage />;
}
