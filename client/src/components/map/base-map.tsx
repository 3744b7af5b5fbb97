import 'leaflet/dist/leaflet.css';
import './map.css';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MapContainer, TileLayer, useMap } from 'react-leaflet';
import { useStateShapes } from './api';
import type { CornerBounds } from './geo';
import { MapStatus } from './map-status';
import { StatesLayer, type StateFeature } from './states-layer';
import type { PathOptions } from 'leaflet';

// A raster tile layer is optional and set at build time; without it the map needs no network.
const tileUrl = import.meta.env.VITE_TILE_URL as string | undefined;
const tileAttribution = import.meta.env.VITE_TILE_ATTRIBUTION as string | undefined;

/**
 * Writes the view onto the container (data-bounds="w,s,e,n", data-zoom), so a browser test can
 * find a place on the canvas, and anyone can see what the map asked for.
 */
function ViewAttributes() {
  const map = useMap();
  useEffect(() => {
    const write = () => {
      const b = map.getBounds();
      const data = map.getContainer().dataset;
      data.bounds = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]
        .map((v) => v.toFixed(5))
        .join(',');
      data.zoom = String(map.getZoom());
    };
    write();
    map.on('moveend', write);
    return () => {
      map.off('moveend', write);
    };
  }, [map]);
  return null;
}

/** Credits the state shapes, in the current language (a layer's own attribution is fixed). */
function Attribution({ text }: { text: string }) {
  const map = useMap();
  useEffect(() => {
    const control = map.attributionControl;
    control?.addAttribution(text);
    return () => {
      control?.removeAttribution(text);
    };
  }, [map, text]);
  return null;
}

/**
 * Names the map for screen readers. The container is a focusable element of its own (arrow keys
 * pan it): a region with a name, as a name on an element with no role is not announced.
 */
function Label({ label }: { label: string }) {
  const map = useMap();
  useEffect(() => {
    const container = map.getContainer();
    container.setAttribute('role', 'region');
    container.setAttribute('aria-label', label);
  }, [map, label]);
  return null;
}

interface BaseMapProps {
  /** What the map shows, for screen readers (the container takes focus to pan with arrow keys). */
  label: string;
  bounds: CornerBounds;
  maxBounds?: CornerBounds;
  statesStyle: (feature: StateFeature | undefined) => PathOptions;
  onStateSelect?: (code: string) => void;
  className?: string;
  children?: ReactNode;
}

/**
 * The offline base map: the state shapes, drawn with every other vector layer on one canvas
 * (preferCanvas), so thousands of points cost one element, and clicks reach whichever shape is on
 * top. Tiles only when VITE_TILE_URL was set at build time.
 */
export function BaseMap({
  label,
  bounds,
  maxBounds,
  statesStyle,
  onStateSelect,
  className,
  children,
}: BaseMapProps) {
  const { t } = useTranslation();
  const shapes = useStateShapes();
  return (
    <MapContainer
      className={className ? `base-map ${className}` : 'base-map'}
      bounds={bounds}
      boundsOptions={{ padding: [4, 4] }}
      maxBounds={maxBounds}
      maxBoundsViscosity={0.8}
      preferCanvas
      zoomSnap={0.1}
      zoomDelta={0.5}
      wheelPxPerZoomLevel={90}
      minZoom={2}
      maxZoom={18}
    >
      <Label label={label} />
      <Attribution text={t('maps.base.attribution')} />
      <ViewAttributes />
      {tileUrl && <TileLayer url={tileUrl} attribution={tileAttribution} />}
      {shapes.data && (
        <StatesLayer shapes={shapes.data} style={statesStyle} onSelect={onStateSelect} />
      )}
      {shapes.isError && (
        <MapStatus tone="error">
          <p>{t('maps.base.shapesFailed')}</p>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => void shapes.refetch()}
          >
            {t('actions.retry')}
          </button>
        </MapStatus>
      )}
      {children}
    </MapContainer>
  );
}
