import { useTranslation } from 'react-i18next';
import { stageKeys, type StageKey } from '../../../components/ui/stage-looks';
import { StageMark } from '../../../components/ui/stage-mark';

/** A stage's colour with its mark on it, then its name: readable without telling colours apart. */
export function StageBadge({ stage }: { stage: StageKey }) {
  const { t } = useTranslation();
  return (
    <span className="stage-badge">
      <StageMark stage={stage} />
      {t(`maps.stages.${stage}`)}
    </span>
  );
}

export function StageLegend() {
  const { t } = useTranslation();
  return (
    <section className="legend" aria-labelledby="stage-legend-heading" data-testid="map-legend">
      <h2 id="stage-legend-heading">{t('maps.chapter.stageLegend')}</h2>
      <ul className="legend-list">
        {stageKeys.map((stage) => (
          <li key={stage}>
            <StageBadge stage={stage} />
          </li>
        ))}
        <li>
          <span className="cluster-mark" aria-hidden="true">
            12
          </span>
          {t('maps.legend.cluster')}
        </li>
      </ul>
      <p className="legend-note">{t('maps.chapter.clustersNote')}</p>
    </section>
  );
}
