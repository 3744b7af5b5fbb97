import '../votes.css';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../components/ui/loading';
import { QueryError } from '../../../components/ui/query-error';
import { useDateFormat } from '../../../lib/use-date-format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useVotes } from '../api/votes';
import { useVoteText } from '../lib/use-vote-text';
import { CreateVoteForm } from './create-vote-form';

/** National staff's desk for votes: every vote by state, and the form to call a new one. */
export function AdminPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('votes.admin.title'));
  const dates = useDateFormat();
  const text = useVoteText();
  const votes = useVotes();
  return (
    <div className="votes-page" data-testid="votes-admin">
      <p className="back-link">
        <Link to="/votes">{t('votes.links.back')}</Link>
      </p>
      <h1>{t('votes.admin.title')}</h1>
      <p className="lead">{t('votes.admin.intro')}</p>
      <CreateVoteForm />
      <section aria-labelledby="all-votes-heading">
        <h2 id="all-votes-heading">{t('votes.admin.all')}</h2>
        {votes.isPending && <Loading label={t('votes.list.loading')} />}
        {votes.isError && <QueryError error={votes.error} onRetry={() => void votes.refetch()} />}
        {votes.data?.length === 0 && <p className="muted">{t('votes.list.none')}</p>}
        <ul className="vote-links">
          {votes.data?.map((vote) => {
            const title = text(vote.title);
            return (
              <li key={vote.id}>
                <span className={`badge state-${vote.state}`}>
                  {t(`votes.states.${vote.state}`)}
                </span>{' '}
                <Link to={`/votes/admin/${vote.id}`} lang={title.language}>
                  {title.text}
                </Link>
                <span className="muted">
                  {' '}
                  · {t(`votes.kinds.${vote.kind}`)}
                  {vote.closesOn &&
                    ` · ${t('votes.card.closesOn', { date: dates.date(vote.closesOn) })}`}
                </span>
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}
