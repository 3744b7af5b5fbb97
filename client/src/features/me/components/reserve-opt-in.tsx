import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../components/ui/loading';
import { QueryError, useErrorText } from '../../../components/ui/query-error';
import { useIndustries } from '../../../lib/industries';
import { useDateFormat } from '../../../lib/use-date-format';
import { useLeaveReserveMutation, useMyReserveEntry, type ReserveEntry } from '../reserve-api';
import { ReserveOptInForm } from './reserve-opt-in-form';
import './reserve-opt-in.css';

function EntrySummary({ entry }: { entry: ReserveEntry }) {
  const { t, i18n } = useTranslation();
  const industries = useIndustries();
  const dates = useDateFormat();
  const list = new Intl.ListFormat(i18n.resolvedLanguage ?? 'en', { type: 'conjunction' });
  const rows = [
    ['skills', list.format(entry.skills.map((s) => t(`growth.skills.${s}`)))],
    ['languages', list.format(entry.languages.map((l) => t(`growth.languages.${l}`)))],
    ['hours', String(entry.hoursPerMonth)],
    ['states', list.format([...entry.states].sort())],
    [
      'industries',
      entry.industries.length
        ? list.format(entry.industries.map((c) => industries.label(c)))
        : t('growth.optIn.noIndustries'),
    ],
  ] as const;
  return (
    <>
      <p className="notice notice-success">
        {t('growth.optIn.listed', { date: dates.date(entry.since.slice(0, 10)) })}
      </p>
      <dl className="reserve-answers">
        {rows.map(([key, value]) => (
          <div key={key}>
            <dt>{t(`growth.optIn.answers.${key}`)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}

/**
 * The member's own opt-in to the organizer reserve: join, change the answers, or leave. National
 * staff see the name, chapter and these answers; never the workplace or contact details.
 */
export function ReserveOptIn() {
  const { t } = useTranslation();
  const mine = useMyReserveEntry();
  const leave = useLeaveReserveMutation();
  const errorText = useErrorText();
  const [editing, setEditing] = useState(false);
  const entry = mine.data?.entry ?? null;

  return (
    <section className="card" aria-labelledby="reserve-opt-in" data-testid="reserve-opt-in">
      <h2 id="reserve-opt-in">{t('growth.optIn.title')}</h2>
      <p>{t('growth.optIn.intro')}</p>
      <p className="privacy-note">{t('growth.optIn.privacy')}</p>
      {mine.isPending ? (
        <Loading label={t('growth.optIn.loading')} />
      ) : mine.isError ? (
        <QueryError error={mine.error} onRetry={() => void mine.refetch()} />
      ) : editing || !entry ? (
        !editing ? (
          <button type="button" className="button" onClick={() => setEditing(true)}>
            {t('growth.optIn.join')}
          </button>
        ) : (
          <ReserveOptInForm entry={entry} onDone={() => setEditing(false)} />
        )
      ) : (
        <>
          <EntrySummary entry={entry} />
          <div className="button-row">
            <button
              type="button"
              className="button button-secondary"
              onClick={() => setEditing(true)}
            >
              {t('growth.optIn.change')}
            </button>
            <button
              type="button"
              className="button button-secondary"
              disabled={leave.isPending}
              onClick={() => leave.mutate()}
            >
              {leave.isPending ? t('growth.actions.saving') : t('growth.optIn.leave')}
            </button>
          </div>
          {leave.isError && (
            <p className="field-error" role="alert">
              {errorText(leave.error)}
            </p>
          )}
        </>
      )}
      {leave.isSuccess && !entry && (
        <p className="control-status" role="status">
          {t('growth.optIn.left')}
        </p>
      )}
    </section>
  );
}
