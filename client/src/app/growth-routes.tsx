import { lazy, type ReactNode } from 'react';
import { Link, type RouteObject } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Role } from '@shopfloor/shared';
import { useCurrentUser } from '../features/auth/api';

// Lazy, so these pages, recharts and (for the South) Leaflet load only when one is opened.
const RecruitmentPage = lazy(() =>
  import('../features/growth/components/recruitment-page').then((m) => ({
    default: m.RecruitmentPage,
  })),
);
const GoalsPage = lazy(() =>
  import('../features/growth/components/goals-page').then((m) => ({ default: m.GoalsPage })),
);
const SouthPage = lazy(() =>
  import('../features/growth/components/south-page').then((m) => ({ default: m.SouthPage })),
);
const ReservePage = lazy(() =>
  import('../features/growth/components/reserve-page').then((m) => ({ default: m.ReservePage })),
);
const UnionStaffersPage = lazy(() =>
  import('../features/growth/components/union-staffers-page').then((m) => ({
    default: m.UnionStaffersPage,
  })),
);

function NotAllowed() {
  const { t } = useTranslation();
  return (
    <div className="notice" role="status">
      <p className="notice-title">{t('growth.notAllowed')}</p>
      <p>
        <Link to="/">{t('notFound.back')}</Link>
      </p>
    </div>
  );
}

/** Renders a page for the roles given, and a notice for the others. */
function ForRoles({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const user = useCurrentUser();
  return roles.includes(user.role) ? <>{children}</> : <NotAllowed />;
}

function RecruitmentRoute() {
  return <RecruitmentPage user={useCurrentUser()} />;
}

function GoalsRoute() {
  return <GoalsPage user={useCurrentUser()} />;
}

/** Who reads recruitment figures and goals (GET /api/stats/recruitment, GET /api/goals). */
export const figureReaders: readonly Role[] = ['national', 'chapter', 'organizer', 'admin'];
/** Southern coverage and the opt-in directories: national staff and admins. */
export const nationalReaders: readonly Role[] = ['national', 'admin'];

/** Recruitment and goals for staff; the South, the organizer reserve and union staffers for national. */
export const growthRoutes: RouteObject[] = [
  {
    path: 'recruitment',
    element: (
      <ForRoles roles={figureReaders}>
        <RecruitmentRoute />
      </ForRoles>
    ),
  },
  {
    path: 'goals',
    element: (
      <ForRoles roles={figureReaders}>
        <GoalsRoute />
      </ForRoles>
    ),
  },
  {
    path: 'south',
    element: (
      <ForRoles roles={nationalReaders}>
        <SouthPage />
      </ForRoles>
    ),
  },
  {
    path: 'reserve',
    element: (
      <ForRoles roles={nationalReaders}>
        <ReservePage />
      </ForRoles>
    ),
  },
  {
    path: 'union-staffers',
    element: (
      <ForRoles roles={nationalReaders}>
        <UnionStaffersPage />
      </ForRoles>
    ),
  },
];
