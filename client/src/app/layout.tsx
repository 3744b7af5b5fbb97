import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Loading } from '../components/ui/loading';
import { useSession } from '../features/auth/api';
import { Header } from './header';
import { useFirstPagesLoaded } from './preload';
import { useSyncLanguage } from './use-sync-language';

export function Layout() {
  const { t } = useTranslation();
  const session = useSession();
  useSyncLanguage();
  const pagesLoaded = useFirstPagesLoaded();
  // Header and page are drawn together once the session is known (index.html asks for it while
  // the scripts download) and the page's code is in, so nothing that was painted moves when the
  // header fills in, and the page does not wait behind a fallback.
  if (session.isPending || !pagesLoaded) {
    return (
      <div className="session-pending">
        <Loading label={t('auth.checkingSession')} />
      </div>
    );
  }
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
