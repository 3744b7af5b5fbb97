import { lazy, Suspense } from 'react';
import { useSearchParams } from 'react-router';
import { suppressLabel, type Count } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/ui/field';
import { Loading } from '../../../components/ui/loading';
import { QueryError } from '../../../components/ui/query-error';
import { SuppressionNotes } from '../../../components/ui/suppression-notes';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useSouthCoverage } from '../api/south';
import { southMeasures, type SouthMeasure } from '../lib/south-shading';
import { SizeClassTable } from './size-class-table';
import { SouthGaps } from './south-gaps';
import { SouthLegend } from './south-legend';
import { SouthStatePanel } from './south-state-panel';
import { SouthStatesTable } from './south-states-table';
import { SouthTotals } from './south-totals';
import '../growth.css';

// Leaflet and the map in chunks of their own, as on the national map; the charts with recharts.
const SouthMap = lazy(() => import('./south-map').then((m) => ({ default: m.SouthMap })));
const SouthTrendFigure = lazy(() =>
  import('./south-trend-figure').then((m) => ({ default: m.SouthTrendFigure })),
);

const isMeasure = (v: string | null): v is SouthMeasure =>
  (southMeasures as readonly string[]).includes(v ?? '');

/**
 * Southern coverage for national staff: per state, chapters and their labor committees, pods,
 * members mapped, campaigns and reserve organizers, on a map and in a table; the gaps, largest
 * first; metro, small-city and rural chapters; CLC representation; the 24-month trend.
 */
export function SouthPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('growth.south.title'));
  const coverage = useSouthCoverage();
  const [params, setParams] = useSearchParams();
  const measureParam = params.get('measure');
  const measure: SouthMeasure = isMeasure(measureParam) ? measureParam : 'committees';
  const stateParam = params.get('state')?.toUpperCase() ?? null;
  const set = (key: string, value: string | null) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value === null) next.delete(key);
        else next.set(key, value);
        return next;
      },
      { replace: true },
    );

  if (coverage.isPending) return <Loading label={t('growth.south.loading')} />;
  if (coverage.isError)
    return <QueryError error={coverage.error} onRetry={() => void coverage.refetch()} />;
  const data = coverage.data;
  const selected = data.states.find((s) => s.state === stateParam) ?? null;
  const counts: Count[] = [
    ...data.states.flatMap((s) => [s.members, s.membersMapped, s.activeCampaigns]),
    ...data.bySizeClass.flatMap((s) => [s.members, s.membersMapped, s.activeCampaigns]),
    ...data.gaps.map((g) => g.members),
    ...data.trend.months.flatMap((m) => [m.members, m.membersMapped]),
    data.totals.members,
    data.totals.membersMapped,
    data.totals.activeCampaigns,
  ];
  const small = suppressLabel(data.suppressionThreshold ?? 5);

  return (
    <div className="growth-page" data-testid="south-page">
      <h1>{t('growth.south.title')}</h1>
      <p className="lead">{t('growth.south.intro')}</p>
      {data.totals.chapters === 0 && (
        <div className="notice" role="status">
          <p className="notice-title">{t('growth.south.empty.title')}</p>
          <p>{t('growth.south.empty.next')}</p>
        </div>
      )}
      <SouthTotals totals={data.totals} />
      <section aria-labelledby="south-map-title" className="south-map-section">
        <h2 id="south-map-title">{t('growth.south.map.title')}</h2>
        <p className="muted">{t('growth.south.map.intro')}</p>
        <Field id="south-measure" label={t('growth.south.map.measure')} className="field-inline">
          {(c) => (
            <select {...c} value={measure} onChange={(e) => set('measure', e.target.value)}>
              {southMeasures.map((m) => (
                <option key={m} value={m}>
                  {t(`growth.south.map.measureOptions.${m}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="south-map-layout">
          <div className="south-map-main" data-testid="south-map">
            <Suspense fallback={<Loading label={t('growth.south.map.loading')} />}>
              <SouthMap
                label={t('growth.south.map.label', {
                  measure: t(`growth.south.map.measures.${measure}`),
                })}
                states={data.states}
                measure={measure}
                selected={selected?.state ?? null}
                onSelect={(code) => set('state', code)}
              />
            </Suspense>
          </div>
          <div className="south-map-aside">
            {selected ? (
              <SouthStatePanel
                state={selected}
                gaps={data.gaps}
                onClose={() => set('state', null)}
              />
            ) : (
              <p className="muted south-panel-hint">{t('growth.south.map.pick')}</p>
            )}
            <SouthLegend measure={measure} smallLabel={small} />
          </div>
        </div>
      </section>
      <SouthStatesTable
        states={data.states}
        selected={selected?.state ?? null}
        onSelect={(code) => set('state', code === selected?.state ? null : code)}
      />
      <SouthGaps gaps={data.gaps} />
      <SizeClassTable rows={data.bySizeClass} totals={data.totals} />
      <Suspense fallback={<Loading label={t('growth.south.loading')} />}>
        <SouthTrendFigure trend={data.trend} />
      </Suspense>
      <SuppressionNotes values={counts} />
    </div>
  );
}
