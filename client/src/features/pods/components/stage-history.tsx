import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../../../lib/use-date-format';
import type { StageHistoryEntry } from '../api/campaigns';

/** The campaign's stages, newest first, with why it moved when a note says so. */
export function StageHistory({ entries }: { entries: readonly StageHistoryEntry[] }) {
  const { t } = useTranslation();
  const dates = useDateFormat();
  if (entries.length === 0) return <p className="muted">{t('pods.campaign.noHistory')}</p>;
  return (
    <ol className="stage-history" reversed>
      {[...entries].reverse().map((e, i) => (
        <li key={`${e.changedAt}-${i}`}>
          <p>
            <time dateTime={e.changedAt}>{dates.date(e.changedAt)}</time>
            {' · '}
            <strong>
              {e.fromStage
                ? t('pods.campaign.moved', {
                    from: t(`pods.stages.${e.fromStage}`),
                    to: t(`pods.stages.${e.toStage}`),
                  })
                : t('pods.campaign.started', { to: t(`pods.stages.${e.toStage}`) })}
            </strong>
          </p>
          {e.note && <p className="history-note">{e.note}</p>}
        </li>
      ))}
    </ol>
  );
}
