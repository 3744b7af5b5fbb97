import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../../../lib/use-date-format';
import type { StageHistoryEntry } from '../api/campaigns';

/** The campaign's stages, newest first, with who moved it and why. */
export function StageHistory({ entries }: { entries: StageHistoryEntry[] }) {
  const { t } = useTranslation();
  const dates = useDateFormat();
  if (entries.length === 0) return <p className="muted">{t('workspace.campaign.noHistory')}</p>;
  return (
    <ol className="history" reversed>
      {[...entries].reverse().map((e, i) => (
        <li key={`${e.changedAt}-${i}`}>
          <p>
            <time dateTime={e.changedAt}>{dates.dateTime(e.changedAt)}</time>
            {' · '}
            <strong>
              {e.fromStage
                ? t('workspace.history.move', {
                    from: t(`workspace.stages.${e.fromStage}`),
                    to: t(`workspace.stages.${e.toStage}`),
                  })
                : t('workspace.history.start', { to: t(`workspace.stages.${e.toStage}`) })}
            </strong>
            {e.changedBy !== null && (
              <span className="muted"> · {t('workspace.history.by', { user: e.changedBy })}</span>
            )}
          </p>
          {e.note && <p className="history-note">{e.note}</p>}
        </li>
      ))}
    </ol>
  );
}
