import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { CampaignStage, Count } from '@shopfloor/shared';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { http } from '../../lib/http';
import type { Bbox } from './geo';

export interface StateShapeProperties {
  code: string;
  name: string;
  isSouth: boolean;
}
export type StateShapes = FeatureCollection<Polygon | MultiPolygon, StateShapeProperties>;

/** Several workplaces near each other; national staff only ever get these, never a workplace. */
export interface ClusterFeature {
  type: 'cluster';
  lat: number;
  lng: number;
  count: Count;
  /** The zoom at which the cluster splits up; null for a lone workplace shown as a count. */
  expansionZoom: number | null;
}

/** One workplace, for the roles that may see it: its own chapter's committee and admins. */
export interface WorkplacePoint {
  type: 'workplace';
  id: number;
  chapterId: number;
  lat: number;
  lng: number;
  employer: string;
  siteName: string | null;
  industry: string | null;
  members: number;
  stage: CampaignStage | null;
  campaignId: number | null;
  campaignVersion: number | null;
}

export interface MapWorkplaces {
  zoom: number;
  aggregated: boolean;
  features: (ClusterFeature | WorkplacePoint)[];
}

export const mapQueries = {
  all: () => ['map'] as const,
  stateShapes: () =>
    queryOptions({
      queryKey: [...mapQueries.all(), 'state-shapes'] as const,
      queryFn: () => http.get<StateShapes>('/api/geo/states'),
      // The shapes ship with the server and never change while it runs.
      staleTime: Infinity,
      gcTime: Infinity,
    }),
  workplacesAll: () => [...mapQueries.all(), 'workplaces'] as const,
  /** Keyed on the snapped view, so panning within it reuses the answer. */
  workplaces: (bbox: Bbox, zoom: number) =>
    queryOptions({
      queryKey: [...mapQueries.workplacesAll(), bbox.join(','), zoom] as const,
      queryFn: () =>
        http.get<MapWorkplaces>(`/api/map/workplaces?bbox=${bbox.join(',')}&zoom=${zoom}`),
      placeholderData: keepPreviousData,
    }),
};

export function useStateShapes() {
  return useQuery(mapQueries.stateShapes());
}

export function useMapWorkplaces(view: { bbox: Bbox; zoom: number } | null) {
  return useQuery({
    ...mapQueries.workplaces(view?.bbox ?? [0, 0, 0, 0], view?.zoom ?? 0),
    enabled: view !== null,
  });
}
