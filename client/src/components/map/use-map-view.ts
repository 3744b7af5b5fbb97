import { useEffect, useState } from 'react';
import { useMap } from 'react-leaflet';
import type { Map as LeafletMap } from 'leaflet';
import { snapView, type Bbox } from './geo';

export interface MapView {
  bbox: Bbox;
  zoom: number;
}

function readView(map: LeafletMap): MapView {
  const b = map.getBounds();
  return snapView([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], map.getZoom());
}

const sameView = (a: MapView, b: MapView) =>
  a.zoom === b.zoom && a.bbox.every((v, i) => v === b.bbox[i]);

/**
 * The map's view, snapped (see snapView), updated a moment after the map stops moving: a drag or a
 * wheel-zoom fires many moves, and only where it comes to rest is worth asking the server about.
 */
export function useMapView(delayMs = 200): MapView {
  const map = useMap();
  const [view, setView] = useState(() => readView(map));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onMoveEnd = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const next = readView(map);
        setView((prev) => (sameView(prev, next) ? prev : next));
      }, delayMs);
    };
    map.on('moveend', onMoveEnd);
    return () => {
      clearTimeout(timer);
      map.off('moveend', onMoveEnd);
    };
  }, [map, delayMs]);
  return view;
}
