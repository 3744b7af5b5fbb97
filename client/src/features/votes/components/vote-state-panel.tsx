import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/ui/field';
import { ApiError } from '../../../lib/http';
import { useChangeVoteStateMutation, type VoteDetail } from '../api/votes';
import { GateErrors } from './gate-errors';
import { VotesError } from './votes-error';

/**
 * The vote's next step: schedule it (with its dates), open voting (once two forums are set and the
 * statements sent: the server checks, and says what is missing), or close it and count.
 */
export function VoteStatePanel({ vote }: { vote: VoteDetail }) {
  const { t } = useTranslation();
  const change = useChangeVoteStateMutation(vote.id);
  const [opensOn, setOpensOn] = useState(vote.opensOn ?? '');
  const [closesOn, setClosesOn] = useState(vote.closesOn ?? '');
  const [confirming, setConfirming] = useState(false);
  const fields = change.error instanceof ApiError ? (change.error.fields ?? {}) : {};
  const gated =
    change.error instanceof ApiError && change.error.status === 409 && !!change.error.fields;
  const version = vote.version;

  if (vote.state === 'closed') {
    return (
      <section className="card state-panel" aria-labelledby="state-heading">
        <h2 id="state-heading">{t('votes.admin.state.title')}</h2>
        <p>{t('votes.admin.state.closed')}</p>
      </section>
    );
  }

  return (
    <section className="card state-panel" aria-labelledby="state-heading">
      <h2 id="state-heading">{t('votes.admin.state.title')}</h2>
      {change.isError &&
        (gated ? (
          <GateErrors fields={fields} forums={vote.forums.length} />
        ) : (
          <VotesError error={change.error} context="admin" />
        ))}
      {vote.state === 'draft' && (
        <form
          className="form form-grid"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            change.mutate({
              state: 'scheduled',
              version,
              opensOn: opensOn || undefined,
              closesOn: closesOn || undefined,
            });
          }}
        >
          <p className="form-wide">{t('votes.admin.state.draft')}</p>
          <Field id="schedule-opens" label={t('votes.admin.create.opensOn')} error={fields.opensOn}>
            {(control) => (
              <input
                {...control}
                type="date"
                value={opensOn}
                onChange={(e) => setOpensOn(e.target.value)}
              />
            )}
          </Field>
          <Field
            id="schedule-closes"
            label={t('votes.admin.create.closesOn')}
            error={fields.closesOn}
          >
            {(control) => (
              <input
                {...control}
                type="date"
                value={closesOn}
                onChange={(e) => setClosesOn(e.target.value)}
              />
            )}
          </Field>
          <div className="form-actions">
            <button type="submit" className="button" disabled={change.isPending}>
              {t('votes.admin.state.schedule')}
            </button>
          </div>
        </form>
      )}
      {vote.state === 'scheduled' && (
        <>
          <ul className="vote-checklist">
            <li className={vote.forums.length >= 2 ? 'done' : 'todo'}>
              {t('votes.admin.state.forumsCheck', { count: vote.forums.length })}
            </li>
            <li className={vote.statementsSentAt ? 'done' : 'todo'}>
              {vote.statementsSentAt
                ? t('votes.admin.state.sentCheck')
                : t('votes.admin.state.notSentCheck')}
            </li>
          </ul>
          <button
            type="button"
            className="button"
            disabled={change.isPending}
            onClick={() => change.mutate({ state: 'open', version })}
          >
            {t('votes.admin.state.open')}
          </button>
        </>
      )}
      {vote.state === 'open' && (
        <>
          <p>{t('votes.admin.state.isOpen')}</p>
          {!confirming ? (
            <button type="button" className="button" onClick={() => setConfirming(true)}>
              {t('votes.admin.state.close')}
            </button>
          ) : (
            <div className="close-confirm" role="group" aria-labelledby="close-confirm">
              <p id="close-confirm">{t('votes.admin.state.closeConfirm')}</p>
              <div className="button-row">
                <button
                  type="button"
                  className="button"
                  disabled={change.isPending}
                  onClick={() =>
                    change.mutate(
                      { state: 'closed', version },
                      { onSettled: () => setConfirming(false) },
                    )
                  }
                >
                  {change.isPending
                    ? t('votes.admin.state.closing')
                    : t('votes.admin.state.closeNow')}
                </button>
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() => setConfirming(false)}
                >
                  {t('votes.admin.state.cancel')}
                </button>
              </div>
            </div>
          )}
        </>
      )}
    </section>
  );
}
