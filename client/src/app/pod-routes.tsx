import { lazy, type ReactNode } from 'react';
import { Link, useParams, type RouteObject } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Role } from '@shopfloor/shared';
import { useCurrentUser } from '../features/auth/api';

// Lazy, so the pod pages and recharts load only when one of these pages is opened.
const PodsPage = lazy(() =>
  import('../features/pods/components/pods-page').then((m) => ({ default: m.PodsPage })),
);
const PodPage = lazy(() =>
  import('../features/pods/components/pod-page').then((m) => ({ default: m.PodPage })),
);
const PipelinePage = lazy(() =>
  import('../features/pods/components/pipeline-page').then((m) => ({ default: m.PipelinePage })),
);
const EmployerPage = lazy(() =>
  import('../features/pods/components/employer-page').then((m) => ({ default: m.EmployerPage })),
);
const CampaignPage = lazy(() =>
  import('../features/pods/components/campaign-page').then((m) => ({ default: m.CampaignPage })),
);
const NotFoundPage = lazy(() =>
  import('./not-found-page').then((m) => ({ default: m.NotFoundPage })),
);

function NotAllowed() {
  const { t } = useTranslation();
  return (
    <div className="notice" role="status">
      <p className="notice-title">{t('pods.notAllowed')}</p>
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

/** A page for one record by its positive id in the address; anything else is "not found". */
function WithId({ render }: { render: (id: number) => ReactNode }) {
  const id = Number(useParams().id);
  if (!Number.isInteger(id) || id <= 0) return <NotFoundPage />;
  return <>{render(id)}</>;
}

function PodsRoute() {
  const user = useCurrentUser();
  return <PodsPage mine={user.role === 'member'} />;
}

function PodRoute() {
  const user = useCurrentUser();
  return <WithId render={(id) => <PodPage key={id} podId={id} user={user} />} />;
}

function CampaignRoute() {
  const user = useCurrentUser();
  return <WithId render={(id) => <CampaignPage key={id} campaignId={id} user={user} />} />;
}

function EmployerRoute() {
  const key = useParams().key ?? '';
  return <EmployerPage key={key} employerKey={key} />;
}

const national: readonly Role[] = ['national', 'admin'];
const campaignReaders: readonly Role[] = ['national', 'chapter', 'organizer', 'admin'];

/** Pods (every role; a member sees its own), the national pipeline, and campaign pages. */
export const podRoutes: RouteObject[] = [
  { path: 'pods', element: <PodsRoute /> },
  { path: 'pods/:id', element: <PodRoute /> },
  {
    path: 'pipeline',
    element: (
      <ForRoles roles={national}>
        <PipelinePage />
      </ForRoles>
    ),
  },
  {
    path: 'pipeline/employers/:key',
    element: (
      <ForRoles roles={national}>
        <EmployerRoute />
      </ForRoles>
    ),
  },
  {
    path: 'campaigns/:id',
    element: (
      <ForRoles roles={campaignReaders}>
        <CampaignRoute />
      </ForRoles>
    ),
  },
];
