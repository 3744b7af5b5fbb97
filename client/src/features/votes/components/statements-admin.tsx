import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/http';
import { useSendStatementsMutation } from '../api/materials';
import type { VoteDetail } from '../api/votes';
import { useDateFormat } from '../../../lib/use-date-format';
import { useNumberFormat } from '../../../i18n/format';
import { GateErrors } from './gate-errors';
import { StatementReview } from './statement-review';
import { VotesError } from './votes-error';

/**
 * Statements for and against: approved (with a translation added where needed) or rejected, then
 * sent with the forum dates to every member in good standing, before voting opens.
 */
export function StatementsAdmin({ vote }: { vote: VoteDetail }) {
  const { t } = useTranslation();
  const dates = useDateFormat();
  const format = useNumberFormat();
  const send = useSendStatementsMutation(vote.id);
  const sent = !!vote.statementsSentAt || vote.state === 'open' || vote.state === 'closed';
  const gated = send.error instanceof ApiError && send.error.status === 409 && !!send.error.fields;
  return (
    <section className="card" aria-labelledby="statements-heading">
      <h2 id="statements-heading">{t('votes.admin.statements.title')}</h2>
      <p className="field-hint">{t('votes.admin.statements.intro')}</p>
      {vote.statements.length === 0 && <p className="muted">{t('votes.admin.statements.none')}</p>}
      {(['for', 'against'] as const).map((side) => {
        const list = vote.statements.filter((s) => s.side === side);
        if (list.length === 0) return null;
        return (
          <div key={side} className={`statement-admin-side statement-${side}`}>
            <h3>{t(`votes.statements.${side}`)}</h3>
            <ul className="statement-admin-list">
              {list.map((s) => (
                <li key={s.id}>
                  <StatementReview voteId={vote.id} statement={s} canReview={!sent} />
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      {sent ? (
        <p className="notice notice-success" role="status">
          {vote.statementsSentAt
            ? t('votes.admin.sentOn', { date: dates.dateTime(vote.statementsSentAt) })
            : t('votes.admin.statements.closedToChanges')}
        </p>
      ) : (
        <div className="send-statements">
          {send.isError &&
            (gated && send.error instanceof ApiError ? (
              <GateErrors fields={send.error.fields ?? {}} forums={vote.forums.length} />
            ) : (
              <VotesError error={send.error} context="admin" />
            ))}
          {send.isSuccess && (
            <p className="notice notice-success" role="status">
              {t('votes.admin.statements.queued', {
                count: send.data.queued,
                n: format.number(send.data.queued),
              })}
            </p>
          )}
          <p className="field-hint">{t('votes.admin.statements.sendHint')}</p>
          <button
            type="button"
            className="button"
            disabled={send.isPending}
            onClick={() => send.mutate(vote.version)}
          >
            {send.isPending
              ? t('votes.admin.statements.sending')
              : t('votes.admin.statements.send')}
          </button>
        </div>
      )}
    </section>
  );
}
