import { useCallback, useMemo } from 'react';
import { states, type Turnout } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { BaseMap } from '../../../components/map/base-map';
import { LOWER_48, US_MAX_BOUNDS } from '../../../components/map/geo';
import { hatchPattern } from '../../../components/map/hatch';
import type { StateFeature } from '../../../components/map/states-layer';
import { useNumberFormat } from '../../../i18n/format';
import {
  HIDDEN_FALLBACK,
  NO_ROLL_FILL,
  scaleGradient,
  scaleTop,
  turnoutColor,
} from '../lib/turnout-colors';
import { useGroupLabel } from '../lib/use-group-label';
import { TurnoutPercent } from './turnout-percent';

const regionOf = new Map(states.map((s) => [s.code, s.region as string]));

/**
 * Turnout by region on the map: every state takes its Census region's colour. The legend names
 * each region with its figure, since four colours say little on their own.
 */
export function TurnoutMap({ turnout }: { turnout: Turnout }) {
  const { t } = useTranslation();
  const label = useGroupLabel('region');
  const format = useNumberFormat();
  const hatch = useMemo(() => (hatchPattern() ?? HIDDEN_FALLBACK) as string, []);
  const byRegion = useMemo(() => new Map(turnout.groups.map((g) => [g.key, g])), [turnout]);
  const top = scaleTop(turnout.groups.flatMap((g) => (g.turnout === null ? [] : [g.turnout])));
  const fillOf = useCallback(
    (region: string | undefined) => {
      const group = region ? byRegion.get(region) : undefined;
      if (!group || group.roll === 0) return NO_ROLL_FILL;
      return group.turnout === null ? hatch : turnoutColor(group.turnout, top);
    },
    [byRegion, hatch, top],
  );
  const style = useCallback(
    (feature: StateFeature | undefined) => ({
      fillColor: fillOf(feature && regionOf.get(feature.properties.code)),
      fillOpacity: 0.92,
      color: '#6b7280',
      weight: 0.75,
    }),
    [fillOf],
  );
  const regions = turnout.groups.filter((g) => g.key !== 'none');
  return (
    <section aria-labelledby="turnout-map-heading" className="turnout-map">
      <h2 id="turnout-map-heading">{t('votes.turnout.mapTitle')}</h2>
      <BaseMap
        className="turnout-base-map"
        label={t('votes.turnout.mapLabel')}
        bounds={LOWER_48}
        maxBounds={US_MAX_BOUNDS}
        statesStyle={style}
      />
      <p className="turnout-scale-row">
        <span className="turnout-scale" style={{ background: scaleGradient }} aria-hidden="true" />
        {t('votes.turnout.scale', { from: format.percent(0), to: format.percent(top / 100) })}
      </p>
      <ul className="turnout-legend" aria-label={t('votes.turnout.legend')}>
        {regions.map((g) => (
          <li key={g.key}>
            <span
              className={
                g.turnout === null ? 'turnout-swatch turnout-swatch-hatch' : 'turnout-swatch'
              }
              style={g.turnout === null ? undefined : { background: fillOf(g.key) }}
              aria-hidden="true"
            />
            {label(g)}: <TurnoutPercent value={g.turnout} />
          </li>
        ))}
        {regions.length < 4 && (
          <li>
            <span
              className="turnout-swatch"
              style={{ background: NO_ROLL_FILL }}
              aria-hidden="true"
            />
            {t('votes.turnout.noRoll')}
          </li>
        )}
      </ul>
    </section>
  );
}
