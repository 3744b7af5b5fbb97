import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../components/ui/loading';
import { QueryError } from '../../../components/ui/query-error';
import { useMemberVotes } from '../api/member-votes';
import { VoteCard } from './vote-card';

/** The member's votes: open ones to cast, coming ones to read up on, closed ones' results. */
export function MemberVotesSection() {
  const { t } = useTranslation();
  const votes = useMemberVotes();
  if (votes.isPending) return <Loading label={t('votes.mine.loading')} />;
  if (votes.isError) return <QueryError error={votes.error} onRetry={() => void votes.refetch()} />;
  const open = votes.data.votes.filter((v) => v.state === 'open');
  const coming = votes.data.votes.filter((v) => v.state === 'scheduled');
  const closed = votes.data.votes.filter((v) => v.state === 'closed');
  return (
    <>
      <section aria-labelledby="open-votes">
        <h2 id="open-votes">{t('votes.mine.open')}</h2>
        {open.length === 0 && <p className="muted">{t('votes.mine.noneOpen')}</p>}
        {open.map((vote) => (
          <VoteCard key={vote.id} vote={vote} />
        ))}
      </section>
      {coming.length > 0 && (
        <section aria-labelledby="coming-votes">
          <h2 id="coming-votes">{t('votes.mine.coming')}</h2>
          {coming.map((vote) => (
            <VoteCard key={vote.id} vote={vote} />
          ))}
        </section>
      )}
      {closed.length > 0 && (
        <section aria-labelledby="closed-votes">
          <h2 id="closed-votes">{t('votes.mine.closed')}</h2>
          <ul className="vote-links">
            {closed.map((vote) => (
              <li key={vote.id}>
                <Link to={`/votes/${vote.id}/results`} lang={vote.language}>
                  {vote.title}
                </Link>
                <span className="muted"> · {t('votes.links.seeResults')}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
