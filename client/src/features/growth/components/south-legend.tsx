import { useTranslation } from 'react-i18next';
import { useNumberFormat } from '../../../i18n/format';
import {
  committeeClasses,
  committeeColors,
  NONE_FILL,
  shareSteps,
  type SouthMeasure,
} from '../lib/south-shading';

/** What each shade on the map of the South means, in words beside each swatch. */
export function SouthLegend({
  measure,
  smallLabel,
}: {
  measure: SouthMeasure;
  smallLabel: string;
}) {
  const { t } = useTranslation();
  const format = useNumberFormat();
  return (
    <section
      className="south-legend"
      aria-labelledby="south-legend-title"
      data-testid="south-legend"
    >
      <h3 id="south-legend-title">{t('growth.south.map.legend')}</h3>
      <ul className="legend-items">
        {measure === 'committees' ? (
          committeeClasses.map((c) => (
            <li key={c}>
              <span
                className="growth-swatch"
                style={{ background: committeeColors[c] }}
                aria-hidden="true"
              />
              {t(`growth.south.map.classes.${c}`)}
            </li>
          ))
        ) : (
          <>
            {shareSteps.map((s) => (
              <li key={s.from}>
                <span
                  className="growth-swatch"
                  style={{ background: s.color }}
                  aria-hidden="true"
                />
                {t('growth.south.map.shareRange', {
                  from: format.percent(s.from),
                  to: format.percent(s.to),
                })}
              </li>
            ))}
            <li>
              <span className="growth-swatch growth-swatch-hatch" aria-hidden="true" />
              {t('growth.south.map.shareHidden', { small: smallLabel })}
            </li>
            <li>
              <span
                className="growth-swatch"
                style={{ background: NONE_FILL }}
                aria-hidden="true"
              />
              {t('growth.south.map.noMembers')}
            </li>
          </>
        )}
      </ul>
    </section>
  );
}
