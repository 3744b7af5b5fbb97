import type { Count } from '@shopfloor/shared';
import { CircleMarker, Tooltip, useMap } from 'react-leaflet';
import { useNumberFormat } from '../../i18n/format';
import type { ClusterFeature } from './api';
import { clusterRadius } from './geo';

const clusterStyle = {
  color: '#ffffff',
  weight: 1.5,
  fillColor: '#7c1512',
  fillOpacity: 0.88,
};

function CountText({ count }: { count: Count }) {
  const format = useNumberFormat();
  return <>{typeof count === 'number' ? format.number(count) : count}</>;
}

/** A cluster of workplaces: a circle sized by its count, the count on it; a click opens it up. */
export function ClusterMarker({ cluster }: { cluster: ClusterFeature }) {
  const map = useMap();
  const { lat, lng, count, expansionZoom } = cluster;
  return (
    <CircleMarker
      center={[lat, lng]}
      radius={clusterRadius(count)}
      pathOptions={clusterStyle}
      eventHandlers={{
        click: () => {
          if (expansionZoom !== null) map.setView([lat, lng], expansionZoom);
        },
      }}
    >
      <Tooltip permanent direction="center" className="cluster-count" opacity={1}>
        <CountText count={count} />
      </Tooltip>
    </CircleMarker>
  );
}
