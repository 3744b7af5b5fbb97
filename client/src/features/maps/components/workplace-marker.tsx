import { divIcon, type DivIcon } from 'leaflet';
import { CircleMarker, Marker, Popup, Tooltip } from 'react-leaflet';
import {
  stageColors,
  stageInk,
  stageMarks,
  type StageKey,
} from '../../../components/ui/stage-looks';
import type { WorkplaceView } from '../workplace-view';
import { StageBadge } from './stage-badge';
import { WorkplaceCard } from './workplace-card';

const RADIUS = 8;
const icons = new Map<StageKey, DivIcon>();

/** The stage's mark (a number, or a symbol for an ending), written on the dot, one icon each. */
function markIcon(stage: StageKey): DivIcon {
  let icon = icons.get(stage);
  if (!icon) {
    icon = divIcon({
      className: stageInk(stage) === '#ffffff' ? 'workplace-mark light' : 'workplace-mark',
      // A fixed symbol from stageMarks, never text from the data.
      html: stageMarks[stage],
      iconSize: [RADIUS * 2, RADIUS * 2],
    });
    icons.set(stage, icon);
  }
  return icon;
}

/**
 * One workplace on the canvas, in its stage's colour with the stage's mark on it (as in the
 * legend), so the stage is not told by colour alone; a click opens its card in a popup.
 */
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
    <>
      <CircleMarker
        center={[lat, lng]}
        radius={RADIUS}
        pathOptions={{
          color: '#1d2125',
          weight: stage === 'none' ? 2 : 1.25,
          fillColor: stageColors[stage],
          fillOpacity: 1,
        }}
      >
        <Tooltip direction="top" offset={[0, -RADIUS]}>
          <span className="workplace-tooltip">
            {workplace.employer}
            <StageBadge stage={stage} />
          </span>
        </Tooltip>
        <Popup minWidth={240} maxWidth={300}>
          <WorkplaceCard workplace={workplace} />
        </Popup>
      </CircleMarker>
      {/* Not interactive: clicks and hovers go through it to the dot on the canvas below. */}
      <Marker position={[lat, lng]} icon={markIcon(stage)} interactive={false} keyboard={false} />
    </>
  );
}
