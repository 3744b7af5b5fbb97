import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CountValue } from '../../../components/ui/count-value';
import { Loading } from '../../../components/ui/loading';
import { QueryError } from '../../../components/ui/query-error';
import { useNumberFormat } from '../../../i18n/format';
import { ApiError } from '../../../lib/http';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useEmployerRollup } from '../api/pipeline';
import { podPaths } from '../lib/paths';
import { EmployerTables } from './employer-tables';
import '../pods.css';

const StageCountsFigure = lazy(() =>
  import('./stage-counts-figure').then((m) => ({ default: m.StageCountsFigure })),
);

/** One employer across chapters: its sites by state and chapter, members, campaigns by stage. */
export function EmployerPage({ employerKey }: { employerKey: string }) {
  const { t } = useTranslation();
  const format = useNumberFormat();
  const rollup = useEmployerRollup(employerKey);
  useDocumentTitle(rollup.data?.employer ?? t('pods.employers.title'));

  if (rollup.isPending) return <Loading label={t('pods.employers.loading')} />;
  if (rollup.isError) {
    return rollup.error instanceof ApiError && rollup.error.status === 404 ? (
      <div className="notice" role="status">
        <p className="notice-title">{t('pods.employers.notFound')}</p>
        <p>
          <Link to={podPaths.pipeline}>{t('pods.employers.back')}</Link>
        </p>
      </div>
    ) : (
      <QueryError error={rollup.error} onRetry={() => void rollup.refetch()} />
    );
  }
  const r = rollup.data;
  const others = r.names.filter((n) => n !== r.employer);

  return (
    <div className="employer-page" data-testid="employer-page">
      <header className="pod-header">
        <p className="eyebrow">
          <Link to={podPaths.pipeline}>{t('pods.nav.pipeline')}</Link>
        </p>
        <h1>{r.employer}</h1>
        {others.length > 0 && (
          <p className="muted">{t('pods.employers.alsoCalled', { names: others.join(', ') })}</p>
        )}
      </header>
      <dl className="figures">
        <div className="figure">
          <dt className="figure-label">{t('pods.employers.sites')}</dt>
          <dd className="figure-value">
            <CountValue value={r.totals.sites} />
          </dd>
        </div>
        <div className="figure">
          <dt className="figure-label">{t('pods.employers.chapters')}</dt>
          <dd className="figure-value">{format.number(r.totals.chapters)}</dd>
        </div>
        <div className="figure">
          <dt className="figure-label">{t('pods.employers.states')}</dt>
          <dd className="figure-value">{format.number(r.totals.states)}</dd>
        </div>
        <div className="figure">
          <dt className="figure-label">{t('pods.fields.members')}</dt>
          <dd className="figure-value">
            <CountValue value={r.totals.members} />
          </dd>
        </div>
      </dl>
      <Suspense fallback={<Loading label={t('pods.employers.loading')} />}>
        <div className="chart-grid single">
          <StageCountsFigure
            byStage={r.campaignsByStage}
            title={t('pods.employers.byStage')}
            testId="employer-stages"
          />
        </div>
      </Suspense>
      <EmployerTables rollup={r} />
    </div>
  );
}
