import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../components/ui/loading';
import { QueryError } from '../../../components/ui/query-error';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { usePipelineStats } from '../api/pipeline';
import { ApprovalQueue } from './approval-queue';
import { EmployerSearch } from './employer-search';
import '../pods.css';

// The charts bring recharts: loaded with the figures, after the page itself.
const PipelineFigures = lazy(() =>
  import('./pipeline-figures').then((m) => ({ default: m.PipelineFigures })),
);

/** The national campaign pipeline, the DSLC's approval queue, and employers across chapters. */
export function PipelinePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('pods.pipeline.title'));
  const stats = usePipelineStats();

  return (
    <div className="pipeline-page" data-testid="pipeline-page">
      <h1>{t('pods.pipeline.title')}</h1>
      <p className="lead">{t('pods.pipeline.intro')}</p>
      {stats.isPending ? (
        <Loading label={t('pods.pipeline.loading')} />
      ) : stats.isError ? (
        <QueryError error={stats.error} onRetry={() => void stats.refetch()} />
      ) : (
        <Suspense fallback={<Loading label={t('pods.pipeline.loading')} />}>
          <PipelineFigures stats={stats.data} />
        </Suspense>
      )}
      <ApprovalQueue />
      <EmployerSearch />
    </div>
  );
}
