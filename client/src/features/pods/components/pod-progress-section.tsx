import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/ui/field';
import { Loading } from '../../../components/ui/loading';
import { QueryError } from '../../../components/ui/query-error';
import { usePodProgress } from '../api/pods';
import { monthRange } from '../lib/progress-series';

// The charts bring recharts with them: loaded with this section, not with the rest of the page.
const PodCharts = lazy(() => import('./pod-charts').then((m) => ({ default: m.PodCharts })));

const ranges = [6, 12, 24, 60] as const;

/** The pod over the months chosen: statuses, where members are now, workplaces, activity. */
export function PodProgressSection({ podId }: { podId: number }) {
  const { t } = useTranslation();
  const [months, setMonths] = useState<number>(12);
  const range = useMemo(() => monthRange(months), [months]);
  const progress = usePodProgress(podId, range);

  return (
    <section className="pod-section" id="progress" aria-labelledby="progress-title">
      <div className="section-head">
        <h2 id="progress-title">{t('pods.progress.title')}</h2>
        <Field id="progress-range" label={t('pods.progress.range')} className="field-inline">
          {(c) => (
            <select {...c} value={months} onChange={(e) => setMonths(Number(e.target.value))}>
              {ranges.map((n) => (
                <option key={n} value={n}>
                  {t('pods.progress.lastMonths', { count: n })}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      {progress.isPending ? (
        <Loading label={t('pods.progress.loading')} />
      ) : progress.isError ? (
        <QueryError error={progress.error} onRetry={() => void progress.refetch()} />
      ) : (
        <Suspense fallback={<Loading label={t('pods.progress.loading')} />}>
          <PodCharts progress={progress.data} />
        </Suspense>
      )}
    </section>
  );
}
