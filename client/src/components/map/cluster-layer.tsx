import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMap } from 'react-leaflet';
import { useErrorText } from '../ui/query-error';
import { useMapWorkplaces, type WorkplacePoint } from './api';
import { ClusterMarker } from './cluster-marker';
import { fanOut } from './geo';
import { MapStatus } from './map-status';
import { useMapView } from './use-map-view';

interface ClusterLayerProps {
  /** How to draw a single workplace (only chapter committees and admins get them). */
  renderPoint?: (point: WorkplacePoint) => ReactNode;
}

/**
 * Workplaces on the map, clustered by the server for the current view: fetched again when the map
 * comes to rest somewhere new, the last answer kept on screen meanwhile. Single workplaces are
 * drawn on the map's one canvas; clusters, one element each, are shapes of their own.
 */
export function ClusterLayer({ renderPoint }: ClusterLayerProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const map = useMap();
  const view = useMapView();
  const query = useMapWorkplaces(view);
  const drawn = useRef(false);
  const features = query.data?.features;
  const clusters = useMemo(() => features?.filter((f) => f.type === 'cluster') ?? [], [features]);
  // Fanned out at the zoom the server clustered for; a fraction of a level off changes little.
  const zoom = query.data?.zoom ?? view.zoom;
  const points = useMemo(() => {
    return fanOut(
      features?.filter((f) => f.type === 'workplace') ?? [],
      (lat, lng) => {
        const p = map.project([lat, lng], zoom);
        return [p.x, p.y];
      },
      ([x, y]) => {
        const ll = map.unproject([x, y], zoom);
        return [ll.lat, ll.lng];
      },
    );
  }, [features, map, zoom]);

  // The browser test times the map by this mark: the first answer, drawn.
  useEffect(() => {
    if (drawn.current || !query.data) return;
    const frame = requestAnimationFrame(() => {
      drawn.current = true;
      performance.mark('clusters-drawn');
      map.getContainer().dataset.clustersDrawn = 'true';
    });
    return () => cancelAnimationFrame(frame);
  }, [query.data, map]);

  return (
    <>
      {clusters.map((cluster) => (
        <ClusterMarker key={`c:${cluster.lat},${cluster.lng}:${cluster.count}`} cluster={cluster} />
      ))}
      {renderPoint && points.map((point) => renderPoint(point))}
      {query.isPending && <MapStatus>{t('maps.clusters.loading')}</MapStatus>}
      {query.isError && (
        <MapStatus tone="error">
          <p>{t('maps.clusters.failed')}</p>
          <p>{errorText(query.error)}</p>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => void query.refetch()}
          >
            {t('actions.retry')}
          </button>
        </MapStatus>
      )}
    </>
  );
}
