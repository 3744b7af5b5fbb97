import '../maps.css';
import '../workplaces.css';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { boundsAround, LOWER_48, type CornerBounds } from '../../../components/map/geo';
import { Loading } from '../../../components/ui/loading';
import { QueryError } from '../../../components/ui/query-error';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useChapter, useChapterPods, useChapterWorkplaces, WORKPLACE_LIMIT } from '../api';
import { isStageKey, type StageKey } from '../../../components/ui/stage-looks';
import { fromSummary, type WorkplaceFilters as Filters } from '../workplace-view';
import { ChapterMap } from './chapter-map';
import { ChapterPicker } from './chapter-picker';
import { StageLegend } from './stage-badge';
import { ViewSwitch, type MapPageView } from './view-switch';
import { WorkplaceCard } from './workplace-card';
import { WorkplaceFilters } from './workplace-filters';
import { WorkplaceTable } from './workplace-table';

const asStage = (v: string | null): StageKey | null => (v && isStageKey(v) ? v : null);

function ChapterWorkplaces({ chapterId }: { chapterId: number }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters: Filters = {
    industry: params.get('industry'),
    stage: asStage(params.get('stage')),
    pod: Number(params.get('pod')) || null,
  };
  const view: MapPageView = params.get('view') === 'table' ? 'table' : 'map';
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const chapter = useChapter(chapterId);
  const pods = useChapterPods(chapterId);
  const list = useChapterWorkplaces(chapterId, filters);
  // A pod's workplaces come from the server's list; the map shows those only (none until the
  // list for this pod has come, rather than the previous filter's).
  const podWorkplaces =
    filters.pod === null
      ? null
      : new Set(list.isPlaceholderData ? [] : (list.data?.items ?? []).map((w) => w.id));
  useDocumentTitle(
    chapter.data
      ? t('maps.chapter.title', { name: chapter.data.name })
      : t('maps.chapter.titleFallback'),
  );

  // The map opens once, on the workplaces first listed (or the chapter's town); it is not moved
  // again when the filters change.
  const [bounds, setBounds] = useState<CornerBounds | null>(null);
  if (bounds === null && chapter.data && list.data) {
    setBounds(boundsAround(list.data.items) ?? boundsAround([chapter.data], 0.6) ?? LOWER_48);
  }

  const update = (patch: Record<string, string | null>) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [key, value] of Object.entries(patch)) {
          if (value === null) next.delete(key);
          else next.set(key, value);
        }
        return next;
      },
      { replace: true },
    );
  const rows = (list.data?.items ?? []).map(fromSummary);
  const selected = rows.find((w) => w.id === selectedId);

  return (
    <div className="map-page" data-testid="chapter-map-page">
      <div className="map-page-head">
        <h1>
          {chapter.data
            ? t('maps.chapter.title', { name: chapter.data.name })
            : t('maps.chapter.titleFallback')}
        </h1>
        <ViewSwitch view={view} onChange={(v) => update({ view: v === 'map' ? null : v })} />
      </div>
      <p className="muted">{t('maps.chapter.intro')}</p>
      <WorkplaceFilters
        filters={filters}
        pods={pods.data ?? []}
        onChange={(f) =>
          update({ industry: f.industry, stage: f.stage, pod: f.pod ? String(f.pod) : null })
        }
      />
      {chapter.isError && (
        <QueryError error={chapter.error} onRetry={() => void chapter.refetch()} />
      )}
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      <div className="map-layout">
        <div className="map-main">
          {view === 'map' ? (
            bounds ? (
              <ChapterMap
                label={t('maps.chapter.mapLabel')}
                chapterId={chapterId}
                place={
                  chapter.data
                    ? { ...chapter.data, name: chapter.data.city ?? chapter.data.name }
                    : null
                }
                bounds={bounds}
                filters={filters}
                only={podWorkplaces}
              />
            ) : (
              !chapter.isError && !list.isError && <Loading label={t('maps.loading')} />
            )
          ) : list.data ? (
            <>
              <WorkplaceTable rows={rows} selected={selectedId} onSelect={setSelectedId} />
              {list.data.nextCursor !== null && (
                <p className="muted">{t('maps.chapter.truncated', { count: WORKPLACE_LIMIT })}</p>
              )}
            </>
          ) : (
            !list.isError && <Loading label={t('maps.loadingFigures')} />
          )}
        </div>
        <div className="map-aside">
          {view === 'table' &&
            (selected ? (
              <aside className="side-panel" aria-label={t('maps.workplace.label')}>
                <WorkplaceCard key={selected.id} workplace={selected} heading="h2" />
              </aside>
            ) : (
              <p className="side-panel side-panel-hint">{t('maps.workplace.empty')}</p>
            ))}
          {view === 'map' && <StageLegend />}
        </div>
      </div>
    </div>
  );
}

/** A chapter's workplaces on a map and in a table. Admins say which chapter (?chapterId=). */
export function ChapterMapPage({
  chapterId,
  canPickChapter,
}: {
  chapterId: number | null;
  canPickChapter: boolean;
}) {
  const { t } = useTranslation();
  if (chapterId !== null) return <ChapterWorkplaces key={chapterId} chapterId={chapterId} />;
  if (canPickChapter) return <ChapterPicker />;
  return (
    <div className="notice" role="status">
      <p>{t('maps.chapter.noChapter')}</p>
    </div>
  );
}
