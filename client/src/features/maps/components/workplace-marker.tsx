import { CircleMarker, Popup, Tooltip } from 'react-leaflet';
import type { WorkplaceView } from '../workplace-view';
import { stageColors } from '../workplace-view';
import { WorkplaceCard } from './workplace-card';

/** One workplace on the canvas, in its stage's colour; a click opens its card in a popup. */
export function WorkplaceMarker({
  workplace,
  lat,
  lng,
}: {
  workplace: WorkplaceView;
  lat: number;
  lng: number;
}) {
  const stage = workplace.stage ?? 'none';
  return (
    <CircleMarker
      center={[lat, lng]}
      radius={8}
      pathOptions={{
        color: '#1d2125',
        weight: stage === 'none' ? 2 : 1.25,
        fillColor: stageColors[stage],
        fillOpacity: 1,
      }}
    >
      <Tooltip direction="top" offset={[0, -8]}>
        {workplace.employer}
      </Tooltip>
      <Popup minWidth={240} maxWidth={300}>
        <WorkplaceCard workplace={workplace} />
      </Popup>
    </CircleMarker>
  );
}
