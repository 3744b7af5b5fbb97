import { useEffect, useMemo, useRef } from 'react';
import {
  latLng,
  type GeoJSON as LeafletGeoJSON,
  type LeafletMouseEvent,
  type Path,
  type PathOptions,
} from 'leaflet';
import type { Feature, Geometry } from 'geojson';
import { GeoJSON } from 'react-leaflet';
import type { StateShapeProperties, StateShapes } from './api';
import { usLngLat } from './geo';

export type StateFeature = Feature<Geometry, StateShapeProperties>;

interface StatesLayerProps {
  shapes: StateShapes;
  /** Called for every state again whenever it changes identity (memoize it). */
  style: (feature: StateFeature | undefined) => PathOptions;
  onSelect?: (code: string) => void;
}

const toLatLng = (coords: number[]) => latLng(usLngLat(coords));

/** The state shapes: the base layer of every map, drawn offline on the map's canvas. */
export function StatesLayer({ shapes, style, onSelect }: StatesLayerProps) {
  const ref = useRef<LeafletGeoJSON>(null);
  // Southern states last, so their thicker outline is not drawn over by a neighbour's.
  const ordered = useMemo(
    () => ({
      ...shapes,
      features: [...shapes.features].sort(
        (a, b) => Number(a.properties.isSouth) - Number(b.properties.isSouth),
      ),
    }),
    [shapes],
  );
  // Everything shares one canvas, drawn (and hit) in the order added: the shapes may arrive after
  // the points, and must go under them. Sent back one by one from the last, they keep their order.
  useEffect(() => {
    const layers = (ref.current?.getLayers() ?? []) as Path[];
    for (const layer of layers.reverse()) layer.bringToBack();
  }, [ordered]);
  return (
    <GeoJSON
      ref={ref}
      data={ordered}
      style={style as (feature?: Feature) => PathOptions}
      coordsToLatLng={toLatLng}
      interactive={!!onSelect}
      eventHandlers={
        onSelect && {
          click: (e: LeafletMouseEvent) => {
            const feature = (e.propagatedFrom as { feature?: StateFeature } | undefined)?.feature;
            if (feature) onSelect(feature.properties.code);
          },
        }
      }
    />
  );
}
