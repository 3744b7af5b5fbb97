import '../maps.css';
import '../national-map.css';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { stateByCode, suppressLabel, type Chapter } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { useStateShapes } from '../../../components/map/api';
import { Loading } from '../../../components/ui/loading';
import { StateFiguresTable, stateFigureKeys } from '../../../components/ui/state-figures';
import { QueryError } from '../../../components/ui/query-error';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useChapters, useNationalStats } from '../api';
import { buildChoropleth, isMeasure } from '../choropleth';
import { ChoroplethLegend } from './choropleth-legend';
import { NationalMap } from './national-map';
import { NationalMapControls, type NationalMapOptions } from './national-map-controls';
import { StatePanel } from './state-panel';
import { ViewSwitch, type MapPageView } from './view-switch';

/**
 * The national map: states shaded by a measure, the South outlined, chapters and workplace
 * clusters; a state's figures beside it. The measure, the view and the state live in the address,
 * so a view can be shared.
 */
export function NationalMapPage({ canOpenChapters }: { canOpenChapters: boolean }) {
  const { t } = useTranslation();
  useDocumentTitle(t('maps.national.title'));
  const [params, setParams] = useSearchParams();
  const measureParam = params.get('measure') ?? '';
  const measure = isMeasure(measureParam) ? measureParam : 'members';
  const view: MapPageView = params.get('view') === 'table' ? 'table' : 'map';
  const stateParam = params.get('state')?.toUpperCase() ?? null;
  const selected = stateParam && stateByCode.has(stateParam) ? stateParam : null;
  const [layers, setLayers] = useState({
    highlightSouth: false,
    showChapters: true,
    showClusters: true,
  });
  const [focusChapter, setFocusChapter] = useState<number | null>(null);
  const [picks, setPicks] = useState(0);

  const stats = useNationalStats();
  const chapters = useChapters();
  const shapes = useStateShapes();

  const setParam = (key: string, value: string | null) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value === null) next.delete(key);
        else next.set(key, value);
        return next;
      },
      { replace: true },
    );
  const selectState = (code: string | null) => {
    setFocusChapter(null);
    setParam('state', code);
    if (code) setPicks((n) => n + 1);
  };
  const selectChapter = (chapter: Chapter) => {
    setParam('state', chapter.state);
    setFocusChapter(chapter.id);
    setPicks((n) => n + 1);
  };

  const choropleth = useMemo(
    () => (stats.data ? buildChoropleth(stats.data.byState, measure) : null),
    [stats.data, measure],
  );
  const south = useMemo(
    () =>
      new Set(
        shapes.data?.features.filter((f) => f.properties.isSouth).map((f) => f.properties.code),
      ),
    [shapes.data],
  );
  const options: NationalMapOptions = { measure, ...layers };
  const setOptions = ({ measure: m, ...rest }: NationalMapOptions) => {
    setLayers(rest);
    if (m !== measure) setParam('measure', m);
  };
  const stateChapters = (chapters.data ?? []).filter((c) => c.state === selected);

  return (
    <div className="map-page" data-testid="national-map-page">
      <div className="map-page-head">
        <h1>{t('maps.national.title')}</h1>
        <ViewSwitch view={view} onChange={(v) => setParam('view', v === 'map' ? null : v)} />
      </div>
      <p className="muted">{t('maps.national.intro')}</p>
      {stats.isError && <QueryError error={stats.error} onRetry={() => void stats.refetch()} />}
      {view === 'map' && <NationalMapControls options={options} onChange={setOptions} />}
      <div className="map-layout">
        <div className="map-main">
          {view === 'map' ? (
            <NationalMap
              label={t('maps.national.mapLabel', { measure: t(`maps.measures.${measure}`) })}
              choropleth={choropleth}
              highlightSouth={layers.highlightSouth}
              selected={selected}
              chapters={chapters.data ?? []}
              showChapters={layers.showChapters}
              showClusters={layers.showClusters}
              onSelectState={selectState}
              onSelectChapter={selectChapter}
            />
          ) : stats.isPending ? (
            <Loading label={t('maps.loadingFigures')} />
          ) : (
            <StateFiguresTable
              id="state-figures-heading"
              title={t('maps.national.tableTitle')}
              rows={stats.data?.byState ?? []}
              figures={stateFigureKeys}
              selection={{ selected, onSelect: selectState }}
            />
          )}
        </div>
        <div className="map-aside">
          {selected ? (
            <StatePanel
              code={selected}
              figures={stats.data?.byState.find((row) => row.state === selected)}
              chapters={stateChapters}
              isSouth={south.has(selected)}
              canOpenChapters={canOpenChapters}
              highlightChapterId={focusChapter}
              focusKey={picks}
              onClose={() => selectState(null)}
            />
          ) : (
            <p className="side-panel side-panel-hint">{t('maps.panel.empty')}</p>
          )}
          {view === 'map' && choropleth && (
            <ChoroplethLegend
              choropleth={choropleth}
              smallLabel={suppressLabel(stats.data?.suppressionThreshold ?? 5)}
              showChapters={layers.showChapters}
              showClusters={layers.showClusters}
            />
          )}
        </div>
      </div>
    </div>
  );
}
