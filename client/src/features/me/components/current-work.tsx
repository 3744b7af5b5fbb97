import type { Employment } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../../../lib/use-date-format';

/** Where the chapter has the member working now, as the member's own check of the record. */
export function CurrentWork({ employment }: { employment: Employment | null }) {
  const { t } = useTranslation();
  const dates = useDateFormat();
  return (
    <section className="card" aria-labelledby="current-work" data-testid="current-work">
      <h2 id="current-work">{t('workspace.me.currentTitle')}</h2>
      {employment ? (
        <>
          <p className="current-employer">
            <strong>{employment.employer}</strong>
            {employment.siteName && ` · ${employment.siteName}`}
          </p>
          <p className="muted">
            {[
              employment.jobTitle,
              employment.since &&
                t('workspace.member.since', { date: dates.date(employment.since) }),
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
        </>
      ) : (
        <p>{t('workspace.me.noCurrent')}</p>
      )}
    </section>
  );
}
