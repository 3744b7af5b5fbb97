import { useMemo } from 'react';
import { latLng, type PathOptions } from 'leaflet';
import { GeoJSON } from 'react-leaflet';
import { useStateShapes } from './api';
import { usLngLat } from './geo';

const toLatLng = (coords: number[]) => latLng(usLngLat(coords));

/**
 * One state's outline drawn over everything else (a selection): not interactive, so clicks still
 * reach the shapes and points under it.
 */
export function StateOutline({ code, style }: { code: string; style: PathOptions }) {
  const shapes = useStateShapes();
  const feature = useMemo(
    () => shapes.data?.features.find((f) => f.properties.code === code),
    [shapes.data, code],
  );
  if (!feature) return null;
  return (
    <GeoJSON
      key={code}
      data={feature}
      style={{ ...style, fill: false }}
      coordsToLatLng={toLatLng}
      interactive={false}
    />
  );
}
