import { useMemo } from 'react';
import { divIcon, type DivIcon } from 'leaflet';
import { Marker, useMap } from 'react-leaflet';
import { useNumberFormat } from '../../i18n/format';
import type { ClusterFeature } from './api';
import { clusterRadius } from './geo';

/**
 * A cluster's shape: a rounded rectangle with the edge of another behind it (a stack), sized by
 * its count, so that it is never taken for a workplace's round dot with a stage's number on it.
 */
function clusterIcon(text: string, count: ClusterFeature['count']): DivIcon {
  const height = Math.round(clusterRadius(count) * 1.6);
  // Wide enough for "1,234" at the count's size, and never narrower than tall.
  const width = Math.max(height + 4, Math.round(text.length * 7.5) + 12);
  const label = document.createElement('span');
  // The count as text, never as markup: it may be a label such as "<5".
  label.textContent = text;
  return divIcon({ className: 'cluster-mark', html: label, iconSize: [width, height] });
}

/** A cluster of workplaces with its count on it; a click zooms in to open it up. */
export function ClusterMarker({ cluster }: { cluster: ClusterFeature }) {
  const map = useMap();
  const format = useNumberFormat();
  const { lat, lng, count, expansionZoom } = cluster;
  const text = typeof count === 'number' ? format.number(count) : count;
  const icon = useMemo(() => clusterIcon(text, count), [text, count]);
  return (
    <Marker
      position={[lat, lng]}
      icon={icon}
      // The map's table and zoom buttons are the keyboard's way in; these are for pointing at.
      keyboard={false}
      // Under the chapters' pins and the workplaces' marks, as when clusters were drawn on the
      // canvas: markers stack by their height on the map, plus this.
      zIndexOffset={-10_000}
      eventHandlers={{
        click: () => {
          if (expansionZoom !== null) map.setView([lat, lng], expansionZoom);
        },
      }}
    />
  );
}
