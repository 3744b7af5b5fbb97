import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { RequireAuth } from '../features/auth/components/require-auth';
import { DashboardRoute } from './dashboard-route';
import { Layout } from './layout';
import { RouteError } from './route-error';

const LoginPage = lazy(() =>
  import('../features/auth/components/login-page').then((m) => ({ default: m.LoginPage })),
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
          { index: true, element: <DashboardRoute /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
