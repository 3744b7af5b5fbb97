import type { SessionUser } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../components/ui/loading';
import { QueryError } from '../../../components/ui/query-error';
import { useChapter } from '../api';

type WelcomeRole = Extract<SessionUser['role'], 'organizer' | 'member'>;

/** For organizers and members: their chapter, and what Shopfloor will let them do. */
export function WelcomeCard({ role, chapterId }: { role: WelcomeRole; chapterId: number }) {
  const { t } = useTranslation();
  const chapter = useChapter(chapterId);

  if (chapter.isPending) return <Loading label={t('dashboard.loading')} />;
  if (chapter.isError) {
    return <QueryError error={chapter.error} onRetry={() => void chapter.refetch()} />;
  }
  const items = t(`dashboard.welcome.${role}.items`, { returnObjects: true });

  return (
    <>
      <h1>{t('dashboard.welcome.title')}</h1>
      <section className="card" aria-labelledby="welcome-chapter">
        <h2 id="welcome-chapter">{t('dashboard.welcome.chapter', { name: chapter.data.name })}</h2>
        <p>{t(`dashboard.welcome.${role}.intro`)}</p>
        <ul className="plain-list">
          {items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
        <p className="muted">{t('dashboard.welcome.soon')}</p>
      </section>
    </>
  );
}
