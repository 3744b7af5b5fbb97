import { useTranslation } from 'react-i18next';
import { Loading } from '../../../components/ui/loading';
import { QueryError, useErrorText } from '../../../components/ui/query-error';
import { useDateFormat } from '../../../lib/use-date-format';
import { useAccountSessions, useEndSessionMutation } from '../api';

/** Where the user is logged in, with a button to end each session but this one. */
export function SessionsList() {
  const { t } = useTranslation();
  const sessions = useAccountSessions();
  const end = useEndSessionMutation();
  const errorText = useErrorText();
  const { dateTime } = useDateFormat();

  return (
    <section className="card" aria-labelledby="account-sessions">
      <h2 id="account-sessions">{t('account.sessions.title')}</h2>
      <p className="muted">{t('account.sessions.intro')}</p>
      {end.isError && (
        <div className="notice notice-error" role="alert">
          <p>{errorText(end.error)}</p>
        </div>
      )}
      {sessions.isPending && <Loading label={t('account.loading')} />}
      {sessions.isError && (
        <QueryError error={sessions.error} onRetry={() => void sessions.refetch()} />
      )}
      {sessions.data && (
        <div className="table-wrap">
          <table data-testid="account-sessions">
            <thead>
              <tr>
                <th scope="col">{t('account.sessions.device')}</th>
                <th scope="col">{t('account.sessions.started')}</th>
                <th scope="col">{t('account.sessions.lastSeen')}</th>
                <th scope="col">{t('account.sessions.action')}</th>
              </tr>
            </thead>
            <tbody>
              {sessions.data.map((s) => (
                <tr key={s.id}>
                  <td>{s.userAgent ?? t('account.sessions.unknownDevice')}</td>
                  <td>{dateTime(s.createdAt)}</td>
                  <td>{dateTime(s.lastSeenAt)}</td>
                  <td>
                    {s.current ? (
                      <strong>{t('account.sessions.current')}</strong>
                    ) : (
                      <button
                        type="button"
                        className="button button-secondary"
                        disabled={end.isPending}
                        onClick={() => end.mutate(s.id)}
                      >
                        {end.isPending && end.variables === s.id
                          ? t('account.sessions.ending')
                          : t('account.sessions.end')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
