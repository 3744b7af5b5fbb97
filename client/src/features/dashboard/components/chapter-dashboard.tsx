import { useTranslation } from 'react-i18next';
import { Loading } from '../../../components/ui/loading';
import { QueryError } from '../../../components/ui/query-error';
import { useChapter, useChapterStats } from '../api';
import { CountValue, ShareValue } from '../../../components/ui/count-value';
import { Figure } from './figure';
import { StatusTable } from './status-table';
import { SuppressionNotes } from '../../../components/ui/suppression-notes';

export function ChapterDashboard({ chapterId }: { chapterId: number }) {
  const { t } = useTranslation();
  const chapter = useChapter(chapterId);
  const stats = useChapterStats(chapterId);

  if (stats.isPending) return <Loading label={t('dashboard.loading')} />;
  if (stats.isError) {
    return <QueryError error={stats.error} onRetry={() => void stats.refetch()} />;
  }
  const { members, membersInGoodStanding, membersMapped, workplaces, byOrganizingStatus } =
    stats.data;

  return (
    <>
      <h1>
        {chapter.data
          ? t('dashboard.chapter.title', { name: chapter.data.name })
          : t('dashboard.chapter.titleFallback')}
      </h1>
      {members === 0 && (
        <div className="notice" role="status">
          <p>{t('dashboard.chapter.empty')}</p>
        </div>
      )}
      <section aria-labelledby="chapter-totals-heading">
        <h2 id="chapter-totals-heading">{t('dashboard.chapter.totals')}</h2>
        <dl className="figures">
          <Figure label={t('dashboard.figures.members')} testId="total-members">
            <CountValue value={members} />
          </Figure>
          <Figure label={t('dashboard.figures.membersInGoodStanding')}>
            <CountValue value={membersInGoodStanding} />
          </Figure>
          <Figure label={t('dashboard.figures.membersMapped')}>
            <CountValue value={membersMapped} />
          </Figure>
          <Figure label={t('dashboard.figures.shareMapped')}>
            <ShareValue part={membersMapped} whole={members} />
          </Figure>
          <Figure label={t('dashboard.figures.workplaces')}>
            <CountValue value={workplaces} />
          </Figure>
        </dl>
      </section>
      <StatusTable byStatus={byOrganizingStatus} />
      <SuppressionNotes
        values={[
          members,
          membersInGoodStanding,
          membersMapped,
          workplaces,
          ...Object.values(byOrganizingStatus),
        ]}
      />
    </>
  );
}
