import '../votes.css';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../components/ui/loading';
import { QueryError } from '../../../components/ui/query-error';
import { useNumberFormat } from '../../../i18n/format';
import { useDateFormat } from '../../../lib/use-date-format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useVote } from '../api/votes';
import { useVoteText } from '../lib/use-vote-text';
import { ForumsAdmin } from './forums-admin';
import { StatementsAdmin } from './statements-admin';
import { VoteStatePanel } from './vote-state-panel';

/** One vote, for the staff who run it: its next step, its forums and its statements. */
export function ManageVotePage({ voteId }: { voteId: number }) {
  const { t } = useTranslation();
  const text = useVoteText();
  const dates = useDateFormat();
  const format = useNumberFormat();
  const vote = useVote(voteId);
  const title = vote.data ? text(vote.data.title) : null;
  useDocumentTitle(title?.text ?? t('votes.admin.title'));

  if (vote.isPending) return <Loading label={t('votes.results.loading')} />;
  if (vote.isError) return <QueryError error={vote.error} onRetry={() => void vote.refetch()} />;
  const v = vote.data;
  const question = text(v.question);
  return (
    <div className="votes-page manage-vote" data-testid="manage-vote">
      <p className="back-link">
        <Link to="/votes/admin">{t('votes.links.backToAdmin')}</Link>
      </p>
      <p className="vote-kind">
        {t(`votes.kinds.${v.kind}`)}{' '}
        <span className={`badge state-${v.state}`} data-testid="vote-state">
          {t(`votes.states.${v.state}`)}
        </span>
      </p>
      <h1 lang={title?.language}>{title?.text}</h1>
      <p className="vote-question" lang={question.language}>
        {question.text}
      </p>
      {v.kind === 'leadership' && (
        <p>
          {t('votes.admin.candidates', {
            count: v.seats ?? 1,
            names: v.candidates.map((c) => c.name).join(', '),
          })}
        </p>
      )}
      <ul className="facts-list">
        {v.opensOn && <li>{t('votes.card.opensOn', { date: dates.date(v.opensOn) })}</li>}
        {v.closesOn && <li>{t('votes.card.closesOn', { date: dates.date(v.closesOn) })}</li>}
        {v.rollSize !== null && (
          <li>{t('votes.admin.rollSize', { count: v.rollSize, n: format.number(v.rollSize) })}</li>
        )}
        {v.statementsSentAt && (
          <li>{t('votes.admin.sentOn', { date: dates.dateTime(v.statementsSentAt) })}</li>
        )}
      </ul>
      <VoteStatePanel vote={v} />
      <ForumsAdmin vote={v} />
      <StatementsAdmin vote={v} />
      {(v.state === 'open' || v.state === 'closed') && (
        <p className="button-row">
          {v.state === 'closed' && (
            <Link className="button button-secondary" to={`/votes/${v.id}/results`}>
              {t('votes.links.results')}
            </Link>
          )}
          <Link className="button button-secondary" to={`/votes/${v.id}/turnout`}>
            {t('votes.links.turnout')}
          </Link>
        </p>
      )}
    </div>
  );
}
