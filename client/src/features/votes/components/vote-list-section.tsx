import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../components/ui/loading';
import { QueryError } from '../../../components/ui/query-error';
import { useDateFormat } from '../../../lib/use-date-format';
import { useVotes } from '../api/votes';
import { useVoteText } from '../lib/use-vote-text';

/** For those who do not vote here (committees, staff): the votes, and where to read their results. */
export function VoteListSection({ runsVotes }: { runsVotes: boolean }) {
  const { t } = useTranslation();
  const dates = useDateFormat();
  const text = useVoteText();
  const votes = useVotes();
  if (votes.isPending) return <Loading label={t('votes.list.loading')} />;
  if (votes.isError) return <QueryError error={votes.error} onRetry={() => void votes.refetch()} />;
  const shown = votes.data.filter((v) => v.state !== 'draft');
  return (
    <section aria-labelledby="vote-list-heading">
      <h2 id="vote-list-heading">{t('votes.list.title')}</h2>
      {shown.length === 0 && <p className="muted">{t('votes.list.none')}</p>}
      <ul className="vote-links">
        {shown.map((vote) => {
          const title = text(vote.title);
          return (
            <li key={vote.id}>
              <span className={`badge state-${vote.state}`}>{t(`votes.states.${vote.state}`)}</span>{' '}
              <span lang={title.language}>{title.text}</span>
              {vote.closesOn && (
                <span className="muted">
                  {' '}
                  · {t('votes.card.closesOn', { date: dates.date(vote.closesOn) })}
                </span>
              )}
              <span className="vote-link-actions">
                {vote.state === 'closed' && (
                  <Link to={`/votes/${vote.id}/results`}>
                    {t('votes.links.results')}
                    <span className="visually-hidden">: {title.text}</span>
                  </Link>
                )}
                {runsVotes && vote.state !== 'scheduled' && (
                  <Link to={`/votes/${vote.id}/turnout`}>
                    {t('votes.links.turnout')}
                    <span className="visually-hidden">: {title.text}</span>
                  </Link>
                )}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
