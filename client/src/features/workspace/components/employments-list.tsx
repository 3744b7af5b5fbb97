import { useState } from 'react';
import type { Employment } from '@shopfloor/shared';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../components/ui/query-error';
import { useDateFormat } from '../../../lib/use-date-format';
import { useEndEmploymentMutation } from '../api/members';
import { workspacePaths } from '../paths';

/** Where the member works and has worked; a current job can be ended (it stays as history). */
export function EmploymentsList({ employments }: { employments: Employment[] }) {
  const { t } = useTranslation();
  const dates = useDateFormat();
  const end = useEndEmploymentMutation();
  const errorText = useErrorText();
  const [ending, setEnding] = useState<number | null>(null);
  if (employments.length === 0) return <p className="muted">{t('workspace.member.noWork')}</p>;

  return (
    <ul className="employments">
      {employments.map((e) => (
        <li key={e.id} className={e.endedOn ? 'employment ended' : 'employment'}>
          <p>
            <Link to={workspacePaths.workplace(e.workplaceId)}>{e.employer}</Link>
            {e.siteName && ` · ${e.siteName}`}
            {e.shopSteward && <span className="badge">{t('workspace.fields.shopSteward')}</span>}
          </p>
          <p className="muted">
            {[
              e.jobTitle,
              e.since && t('workspace.member.since', { date: dates.date(e.since) }),
              e.endedOn
                ? t('workspace.member.ended', { date: dates.date(e.endedOn) })
                : t('workspace.member.current'),
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
          {!e.endedOn &&
            (ending === e.id ? (
              <div className="confirm-box" role="group" aria-label={t('workspace.member.endJob')}>
                <p>{t('workspace.member.endConfirm', { employer: e.employer })}</p>
                <div className="button-row">
                  <button
                    type="button"
                    className="button button-small"
                    disabled={end.isPending}
                    onClick={() => end.mutate(e.id, { onSuccess: () => setEnding(null) })}
                  >
                    {end.isPending ? t('workspace.actions.saving') : t('workspace.member.endJob')}
                  </button>
                  <button
                    type="button"
                    className="button button-small button-secondary"
                    onClick={() => setEnding(null)}
                  >
                    {t('workspace.actions.cancel')}
                  </button>
                </div>
                {end.isError && (
                  <p className="field-error" role="alert">
                    {errorText(end.error)}
                  </p>
                )}
              </div>
            ) : (
              <button
                type="button"
                className="button button-small button-secondary"
                aria-label={t('workspace.member.endJobAt', { employer: e.employer })}
                onClick={() => {
                  end.reset();
                  setEnding(e.id);
                }}
              >
                {t('workspace.member.endJob')}
              </button>
            ))}
        </li>
      ))}
    </ul>
  );
}
