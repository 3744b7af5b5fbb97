import { lazy } from 'react';
import { useCurrentUser } from '../features/auth/api';
import { RoleNotice } from './role-notice';

const MePage = lazy(() =>
  import('../features/me/components/me-page').then((m) => ({ default: m.MePage })),
);

/** "My workplace": only a member has a record of their own to report on. */
export function MeRoute() {
  const user = useCurrentUser();
  if (user.role !== 'member') return <RoleNotice page="me" />;
  return <MePage />;
}
