import type { SouthCoverage } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { CountValue, ShareValue } from '../../../components/ui/count-value';
import type { SouthState } from '../lib/south-shading';

interface SouthStatePanelProps {
  state: SouthState;
  gaps: SouthCoverage['gaps'];
  onClose: () => void;
}

/** One Southern state's figures and its chapters' gaps, beside the map. */
export function SouthStatePanel({ state: s, gaps, onClose }: SouthStatePanelProps) {
  const { t } = useTranslation();
  const chapters = gaps.filter((g) => g.state === s.state);
  const rows = [
    ['chapters', <CountValue key="v" value={s.chapters} />],
    ['withCommittee', <CountValue key="v" value={s.chaptersWithLaborCommittee} />],
    ['withClc', <CountValue key="v" value={s.chaptersWithClcDelegate} />],
    ['pods', <CountValue key="v" value={s.pods} />],
    ['members', <CountValue key="v" value={s.members} />],
    ['mappedShare', <ShareValue key="v" part={s.membersMapped} whole={s.members} />],
    ['campaigns', <CountValue key="v" value={s.activeCampaigns} />],
    ['reserve', <CountValue key="v" value={s.reserveOrganizers} />],
  ] as const;
  return (
    <section className="south-panel" aria-labelledby="south-panel-title" data-testid="south-panel">
      <div className="south-panel-head">
        <h3 id="south-panel-title">{s.name}</h3>
        <button type="button" className="button button-secondary button-small" onClick={onClose}>
          {t('growth.south.map.close')}
        </button>
      </div>
      <dl className="south-panel-figures">
        {rows.map(([key, value]) => (
          <div key={key}>
            <dt>{t(`growth.south.totals.${key}`)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {chapters.length > 0 && (
        <>
          <h4>{t('growth.south.map.gapsHere')}</h4>
          <ul className="plain-list">
            {chapters.map((g) => (
              <li key={g.chapterId}>
                {g.name}: {g.missing.map((m) => t(`growth.south.gaps.missing.${m}`)).join(', ')}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
