import { useCallback, useMemo } from 'react';
import { BaseMap } from '../../../components/map/base-map';
import { US_MAX_BOUNDS } from '../../../components/map/geo';
import { hatchPattern } from '../../../components/map/hatch';
import { StateOutline } from '../../../components/map/state-outline';
import type { StateFeature } from '../../../components/map/states-layer';
import {
  HIDDEN_FALLBACK,
  NONE_FILL,
  SOUTH_BOUNDS,
  shadeOf,
  type SouthMeasure,
  type SouthState,
} from '../lib/south-shading';

interface SouthMapProps {
  label: string;
  states: readonly SouthState[];
  measure: SouthMeasure;
  selected: string | null;
  onSelect: (code: string) => void;
}

/**
 * The Southern states shaded by a measure, the rest of the country faded; a click picks a state.
 * Loaded on its own, with Leaflet, after the page's figures.
 */
export function SouthMap({ label, states, measure, selected, onSelect }: SouthMapProps) {
  const hatch = useMemo(() => (hatchPattern() ?? HIDDEN_FALLBACK) as string, []);
  const byCode = useMemo(() => new Map(states.map((s) => [s.state, s])), [states]);
  const style = useCallback(
    (feature: StateFeature | undefined) => {
      const s = feature ? byCode.get(feature.properties.code) : undefined;
      // The configured South is what the server lists; any other state is background.
      if (!s) return { fillColor: NONE_FILL, fillOpacity: 0.35, color: '#8a8f96', weight: 0.5 };
      const shade = shadeOf(s, measure);
      return {
        fillColor:
          shade.kind === 'color' ? shade.color : shade.kind === 'hidden' ? hatch : NONE_FILL,
        fillOpacity: 0.92,
        color: '#1d2125',
        weight: 1.5,
      };
    },
    [byCode, measure, hatch],
  );
  const select = useCallback(
    (code: string) => {
      if (byCode.has(code)) onSelect(code);
    },
    [byCode, onSelect],
  );
  return (
    <BaseMap
      className="south-map"
      label={label}
      bounds={SOUTH_BOUNDS}
      maxBounds={US_MAX_BOUNDS}
      statesStyle={style}
      onStateSelect={select}
    >
      {selected && <StateOutline code={selected} style={{ color: '#1d4ed8', weight: 4 }} />}
    </BaseMap>
  );
}
