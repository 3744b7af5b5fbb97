import type { SessionUser } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { ChapterDashboard } from './chapter-dashboard';
import { NationalDashboard } from './national-dashboard';
import { WelcomeCard } from './welcome-card';

function NoChapter() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t('dashboard.welcome.title')}</h1>
      <div className="notice" role="status">
        <p>{t('dashboard.noChapter')}</p>
      </div>
    </>
  );
}

function DashboardForRole({ user }: { user: SessionUser }) {
  switch (user.role) {
    case 'national':
    case 'admin':
      return <NationalDashboard />;
    case 'chapter':
      return user.chapterId === null ? (
        <NoChapter />
      ) : (
        <ChapterDashboard chapterId={user.chapterId} />
      );
    case 'organizer':
    case 'member':
      return user.chapterId === null ? (
        <NoChapter />
      ) : (
        <WelcomeCard role={user.role} chapterId={user.chapterId} />
      );
  }
}

/** The landing page: what the dashboard shows depends on who is looking. */
export function DashboardPage({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  useDocumentTitle(t('nav.dashboard'));
  return (
    <div className="dashboard" data-testid="dashboard">
      <DashboardForRole user={user} />
    </div>
  );
}
