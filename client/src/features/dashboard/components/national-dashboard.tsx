import type { Count, NationalStats } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../components/ui/loading';
import { QueryError } from '../../../components/ui/query-error';
import { StateFiguresTable } from '../../../components/ui/state-figures';
import { useNationalStats } from '../api';
import { CountValue, ShareValue } from '../../../components/ui/count-value';
import { Figure } from './figure';
import { RegionTable } from './region-table';
import { StatusTable } from './status-table';
import { SuppressionNotes } from '../../../components/ui/suppression-notes';

function allCounts(stats: NationalStats): Count[] {
  return [
    ...Object.values(stats.totals),
    ...Object.values(stats.south),
    ...stats.byRegion.flatMap((r) => [r.members, r.membersMapped]),
    ...stats.byState.flatMap((s) => [s.members, s.membersMapped, s.workplaces]),
    ...Object.values(stats.byOrganizingStatus),
  ];
}

export function NationalDashboard() {
  const { t } = useTranslation();
  const stats = useNationalStats();

  if (stats.isPending) return <Loading label={t('dashboard.loading')} />;
  if (stats.isError) {
    return <QueryError error={stats.error} onRetry={() => void stats.refetch()} />;
  }
  const { totals, south, byRegion, byState, byOrganizingStatus } = stats.data;

  return (
    <>
      <h1>{t('dashboard.national.title')}</h1>
      {totals.members === 0 && (
        <div className="notice" role="status">
          <p>{t('dashboard.national.empty')}</p>
        </div>
      )}
      <section aria-labelledby="totals-heading">
        <h2 id="totals-heading">{t('dashboard.national.totals')}</h2>
        <dl className="figures">
          <Figure label={t('dashboard.figures.members')} testId="total-members">
            <CountValue value={totals.members} />
          </Figure>
          <Figure label={t('dashboard.figures.membersInGoodStanding')}>
            <CountValue value={totals.membersInGoodStanding} />
          </Figure>
          <Figure label={t('dashboard.figures.membersMapped')}>
            <CountValue value={totals.membersMapped} />
          </Figure>
          <Figure label={t('dashboard.figures.shareMapped')}>
            <ShareValue part={totals.membersMapped} whole={totals.members} />
          </Figure>
          <Figure label={t('dashboard.figures.workplaces')}>
            <CountValue value={totals.workplaces} />
          </Figure>
          <Figure label={t('dashboard.figures.chapters')}>
            <CountValue value={totals.chapters} />
          </Figure>
          <Figure label={t('dashboard.figures.chaptersWithLaborCommittee')}>
            <CountValue value={totals.chaptersWithLaborCommittee} />
          </Figure>
        </dl>
      </section>
      <section aria-labelledby="south-heading">
        <h2 id="south-heading">{t('dashboard.national.south')}</h2>
        <p className="muted">{t('dashboard.national.southIntro')}</p>
        <dl className="figures">
          <Figure label={t('dashboard.figures.members')}>
            <CountValue value={south.members} />
          </Figure>
          <Figure label={t('dashboard.figures.membersMapped')}>
            <CountValue value={south.membersMapped} />
          </Figure>
          <Figure label={t('dashboard.figures.shareMapped')}>
            <ShareValue part={south.membersMapped} whole={south.members} />
          </Figure>
          <Figure label={t('dashboard.figures.chapters')}>
            <CountValue value={south.chapters} />
          </Figure>
          <Figure label={t('dashboard.figures.chaptersWithLaborCommittee')}>
            <CountValue value={south.chaptersWithLaborCommittee} />
          </Figure>
        </dl>
      </section>
      <RegionTable rows={byRegion} />
      <StatusTable byStatus={byOrganizingStatus} />
      <StateFiguresTable
        id="by-state"
        title={t('dashboard.national.byState')}
        rows={byState}
        figures={[
          'members',
          'membersMapped',
          'shareMapped',
          'workplaces',
          'chapters',
          'chaptersWithLaborCommittee',
        ]}
      />
      <SuppressionNotes values={allCounts(stats.data)} />
    </>
  );
}
