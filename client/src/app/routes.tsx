import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { RequireAuth } from '../features/auth/components/require-auth';
import { dashboardHandle, DashboardRoute } from './dashboard-route';
import { growthRoutes } from './growth-routes';
import { Layout } from './layout';
import { ChapterMapRoute, NationalMapRoute } from './map-routes';
import { RouteError } from './route-error';
import { voteRoutes } from './vote-routes';
import { podRoutes } from './pod-routes';
import { workspaceRoutes } from './workspace-routes';

const LoginPage = lazy(() =>
  import('../features/auth/components/login-page').then((m) => ({ default: m.LoginPage })),
);
const AccountPage = lazy(() =>
  import('../features/account/components/account-page').then((m) => ({ default: m.AccountPage })),
);
const NotFoundPage = lazy(() =>
  import('./not-found-page').then((m) => ({ default: m.NotFoundPage })),
);

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { path: 'login', element: <LoginPage /> },
      {
        element: <RequireAuth />,
        children: [
          { index: true, handle: dashboardHandle, element: <DashboardRoute /> },
          { path: 'map', element: <NationalMapRoute /> },
          { path: 'chapter/map', element: <ChapterMapRoute /> },
          { path: 'account', element: <AccountPage /> },
          ...workspaceRoutes,
          ...podRoutes,
          ...voteRoutes,
          ...growthRoutes,
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
