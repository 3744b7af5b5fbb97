import { useCallback, useMemo } from 'react';
import type { Chapter } from '@shopfloor/shared';
import { BaseMap } from '../../../components/map/base-map';
import { ClusterLayer } from '../../../components/map/cluster-layer';
import { LOWER_48, US_MAX_BOUNDS } from '../../../components/map/geo';
import { hatchPattern } from '../../../components/map/hatch';
import { StateOutline } from '../../../components/map/state-outline';
import type { StateFeature } from '../../../components/map/states-layer';
import type { Choropleth } from '../choropleth';
import { SELECTED_OUTLINE, stateStyle, SUPPRESSED_FALLBACK } from '../state-style';
import { ChapterMarkers } from './chapter-markers';

interface NationalMapProps {
  label: string;
  choropleth: Choropleth | null;
  highlightSouth: boolean;
  selected: string | null;
  chapters: readonly Chapter[];
  showChapters: boolean;
  showClusters: boolean;
  onSelectState: (code: string) => void;
  onSelectChapter: (chapter: Chapter) => void;
}

const NO_CLASS = { kind: 'none' } as const;

/** The national map's Leaflet layers; what they show is decided by the page. */
export function NationalMap({
  label,
  choropleth,
  highlightSouth,
  selected,
  chapters,
  showChapters,
  showClusters,
  onSelectState,
  onSelectChapter,
}: NationalMapProps) {
  // Leaflet's canvas sets fillStyle to whatever it is given: a pattern works as well as a colour.
  const hatch = useMemo(() => (hatchPattern() ?? SUPPRESSED_FALLBACK) as string, []);
  const style = useCallback(
    (feature: StateFeature | undefined) =>
      stateStyle(
        (feature && choropleth?.byState.get(feature.properties.code)?.cls) || NO_CLASS,
        choropleth?.colors ?? [],
        {
          isSouth: feature?.properties.isSouth ?? false,
          highlightSouth,
          suppressedFill: hatch,
        },
      ),
    [choropleth, highlightSouth, hatch],
  );
  return (
    <BaseMap
      className="national-map"
      label={label}
      bounds={LOWER_48}
      maxBounds={US_MAX_BOUNDS}
      statesStyle={style}
      onStateSelect={onSelectState}
    >
      {showClusters && <ClusterLayer />}
      {selected && <StateOutline code={selected} style={{ color: SELECTED_OUTLINE, weight: 4 }} />}
      {showChapters && <ChapterMarkers chapters={chapters} onSelect={onSelectChapter} />}
    </BaseMap>
  );
}
