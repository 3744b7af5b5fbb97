import { useTranslation } from 'react-i18next';
import { useNumberFormat } from '../../../i18n/format';
import { isRatio, type Choropleth, type LegendRange } from '../choropleth';
import { NONE_FILL } from '../state-style';

interface ChoroplethLegendProps {
  choropleth: Choropleth;
  /** The server's small-cell label, "<5" unless configured higher. */
  smallLabel: string;
  showChapters: boolean;
  showClusters: boolean;
}

function useRangeLabel(ratio: boolean) {
  const { t } = useTranslation();
  const format = useNumberFormat();
  const show = (n: number) => (ratio ? format.percent(n) : format.number(n));
  return ({ from, to, fromExclusive }: LegendRange) => {
    if (from === to) return t('maps.legend.single', { value: show(to) });
    const key = fromExclusive ? 'maps.legend.rangeAbove' : 'maps.legend.range';
    return t(key, { from: show(from), to: show(to) });
  };
}

/** What each shade, hatch, outline and marker on the national map means. */
export function ChoroplethLegend({
  choropleth,
  smallLabel,
  showChapters,
  showClusters,
}: ChoroplethLegendProps) {
  const { t } = useTranslation();
  const label = useRangeLabel(isRatio(choropleth.measure));
  return (
    <section className="legend" aria-labelledby="legend-heading" data-testid="map-legend">
      <h2 id="legend-heading">{t('maps.legend.title')}</h2>
      <h3>{t(`maps.measures.${choropleth.measure}`)}</h3>
      {choropleth.ranges.length === 0 && <p className="muted">{t('maps.legend.noData')}</p>}
      <ul className="legend-list">
        {choropleth.ranges.map((range) => (
          <li key={range.to}>
            <span className="swatch" style={{ background: range.color }} aria-hidden="true" />
            {label(range)}
          </li>
        ))}
        {choropleth.hasSuppressed && (
          <li>
            <span className="swatch swatch-hatch" aria-hidden="true" />
            {t('maps.legend.suppressed', { small: smallLabel })}
          </li>
        )}
        <li>
          <span className="swatch" style={{ background: NONE_FILL }} aria-hidden="true" />
          {t('maps.legend.none')}
        </li>
      </ul>
      <ul className="legend-list">
        <li>
          <span className="swatch swatch-south" aria-hidden="true" />
          {t('maps.legend.south')}
        </li>
        {showChapters && (
          <>
            <li>
              <span className="chapter-pin chapter-pin-filled legend-pin" aria-hidden="true">
                <span className="chapter-pin-head" />
              </span>
              {t('maps.legend.chapterWith')}
            </li>
            <li>
              <span className="chapter-pin chapter-pin-hollow legend-pin" aria-hidden="true">
                <span className="chapter-pin-head" />
              </span>
              {t('maps.legend.chapterWithout')}
            </li>
          </>
        )}
        {showClusters && (
          <li>
            <span className="cluster-mark" aria-hidden="true">
              12
            </span>
            {t('maps.legend.cluster')}
          </li>
        )}
      </ul>
      {choropleth.hasSuppressed && <p className="legend-note">{t('maps.legend.suppressedHelp')}</p>}
    </section>
  );
}
