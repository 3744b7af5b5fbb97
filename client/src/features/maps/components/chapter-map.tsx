import { useCallback } from 'react';
import { BaseMap } from '../../../components/map/base-map';
import { ClusterLayer } from '../../../components/map/cluster-layer';
import type { WorkplacePoint } from '../../../components/map/api';
import type { CornerBounds } from '../../../components/map/geo';
import { PlaceLabel } from '../../../components/map/place-label';
import { fromPoint, matchesFilters, type WorkplaceFilters } from '../workplace-view';
import { WorkplaceMarker } from './workplace-marker';

const quietStates = () => ({
  fillColor: '#fbfaf7',
  fillOpacity: 1,
  color: '#8a8f96',
  weight: 1,
});

interface ChapterMapProps {
  label: string;
  chapterId: number;
  /** The chapter's town, written on the map. */
  place: { name: string; lat: number | null; lng: number | null } | null;
  bounds: CornerBounds;
  filters: WorkplaceFilters;
  /** When set, only these workplaces (a pod's). */
  only: ReadonlySet<number> | null;
}

/**
 * The chapter's workplaces: clusters when zoomed out, single workplaces (this chapter's, matching
 * the filters) when zoomed in, on plain state shapes.
 */
export function ChapterMap({ label, chapterId, place, bounds, filters, only }: ChapterMapProps) {
  const renderPoint = useCallback(
    (point: WorkplacePoint) => {
      // An admin's map holds every chapter's workplaces: this page shows one chapter's.
      if (point.chapterId !== chapterId || !matchesFilters(point, filters)) return null;
      if (only && !only.has(point.id)) return null;
      return (
        <WorkplaceMarker
          key={point.id}
          workplace={fromPoint(point)}
          lat={point.lat}
          lng={point.lng}
        />
      );
    },
    [chapterId, filters, only],
  );
  return (
    <BaseMap label={label} bounds={bounds} statesStyle={quietStates}>
      {place && place.lat !== null && place.lng !== null && (
        <PlaceLabel name={place.name} lat={place.lat} lng={place.lng} />
      )}
      <ClusterLayer renderPoint={renderPoint} />
    </BaseMap>
  );
}
