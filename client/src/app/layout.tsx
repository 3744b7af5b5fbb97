import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Loading } from '../components/ui/loading';
import { useSession } from '../features/auth/api';
import { Header } from './header';
import { useSyncLanguage } from './use-sync-language';

export function Layout() {
  const { t } = useTranslation();
  const session = useSession();
  useSyncLanguage();
  return (
    <>
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <Header user={session.data?.user ?? null} />
      <main id="main" tabIndex={-1} className="main">
        <Suspense fallback={<Loading label={t('app.loadingPage')} />}>
          <Outlet />
        </Suspense>
      </main>
    </>
  );
}
