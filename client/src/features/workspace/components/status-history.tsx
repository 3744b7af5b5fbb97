import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../../../lib/use-date-format';
import type { StatusHistoryEntry } from '../api/members';

/** The member's organizing statuses, newest first. */
export function StatusHistory({ entries }: { entries: StatusHistoryEntry[] }) {
  const { t } = useTranslation();
  const dates = useDateFormat();
  if (entries.length === 0) return <p className="muted">{t('workspace.member.noHistory')}</p>;
  return (
    <ol className="history" reversed>
      {[...entries].reverse().map((e, i) => (
        <li key={`${e.changedAt}-${i}`}>
          <p>
            <time dateTime={e.changedAt}>{dates.dateTime(e.changedAt)}</time>
            {' · '}
            <strong>
              {e.fromStatus
                ? t('workspace.history.move', {
                    from: t(`organizingStatus.${e.fromStatus}`),
                    to: t(`organizingStatus.${e.toStatus}`),
                  })
                : t('workspace.history.start', { to: t(`organizingStatus.${e.toStatus}`) })}
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
