import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import {
  censusDivisionNames,
  censusRegions,
  stateByFips,
  states,
  type RegionCode,
  type RegionsResponse,
} from '@shopfloor/shared';

const require = createRequire(import.meta.url);

export class GeoService {
  private statesGeoJson: unknown = null;

  constructor(private readonly southStates: readonly string[]) {}

  isSouth(state: string | null | undefined): boolean {
    return !!state && this.southStates.includes(state);
  }

  regions(): RegionsResponse {
    return {
      regions: (Object.keys(censusRegions) as RegionCode[]).map((code) => ({
        code,
        name: censusRegions[code].name,
        divisions: censusRegions[code].divisions.map((d) => ({
          code: d,
          name: censusDivisionNames[d],
        })),
      })),
      states: states.map((s) => ({ ...s, isSouth: this.isSouth(s.code) })),
    };
  }

  /** Census state shapes from the us-atlas package (1:10m), as GeoJSON with postal codes. Built once. */
  stateShapes(): unknown {
    if (!this.statesGeoJson) {
      const topology = require('us-atlas/states-10m.json') as Topology<{
        states: GeometryCollection<{ name: string }>;
      }>;
      const fc = feature(topology, topology.objects.states);
      this.statesGeoJson = {
        type: 'FeatureCollection',
        features: fc.features
          .map((f) => {
            const st = stateByFips.get(String(f.id));
            return st
              ? {
                  type: 'Feature',
                  id: st.code,
                  properties: { code: st.code, name: st.name, isSouth: this.isSouth(st.code) },
                  geometry: f.geometry,
                }
              : null;
          })
          .filter(Boolean),
      };
    }
    return this.statesGeoJson;
  }
}
