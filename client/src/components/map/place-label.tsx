import { useMemo } from 'react';
import { divIcon } from 'leaflet';
import { Marker, Tooltip } from 'react-leaflet';

/**
 * A place name written on the map, as a printed map would: without tiles, a chapter's map shows
 * little else to tell where it is.
 */
export function PlaceLabel({ name, lat, lng }: { name: string; lat: number; lng: number }) {
  const icon = useMemo(() => divIcon({ className: 'place-dot', iconSize: [6, 6] }), []);
  return (
    <Marker position={[lat, lng]} icon={icon} interactive={false} keyboard={false}>
      <Tooltip permanent direction="right" offset={[4, 0]} className="place-label" opacity={1}>
        {name}
      </Tooltip>
    </Marker>
  );
}
