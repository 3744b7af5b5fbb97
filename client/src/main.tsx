import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { i18nReady } from './i18n';
import { AppProviders } from './app/providers';
import { createQueryClient } from './app/query-client';
import { preloadRoutes } from './app/preload';
import { routes } from './app/routes';
import './styles.css';

const queryClient = createQueryClient();
// The opened page's code downloads while the session is checked, not after.
preloadRoutes(routes, window.location.pathname);
const router = createBrowserRouter(routes);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// At once in English; a reader of another language waits for its strings (one small chunk).
await i18nReady;
createRoot(root).render(
  <StrictMode>
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>
  </StrictMode>,
);
