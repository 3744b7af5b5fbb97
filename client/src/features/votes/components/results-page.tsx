import '../votes.css';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../components/ui/loading';
import { QueryError } from '../../../components/ui/query-error';
import { useNumberFormat } from '../../../i18n/format';
import { useDateFormat } from '../../../lib/use-date-format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useVote, useVoteResults } from '../api/votes';
import { useVoteText } from '../lib/use-vote-text';
import { FindMyBallot } from './find-my-ballot';
import { MajorityResults } from './majority-results';
import { RankedResults } from './ranked-results';

interface ResultsPageProps {
  voteId: number;
  runsVotes: boolean;
}

/** A closed vote's published results, and the voter's check that their ballot was counted. */
export function ResultsPage({ voteId, runsVotes }: ResultsPageProps) {
  const { t } = useTranslation();
  const text = useVoteText();
  const dates = useDateFormat();
  const format = useNumberFormat();
  const vote = useVote(voteId);
  const closed = vote.data?.state === 'closed';
  const results = useVoteResults(voteId, closed);
  const title = vote.data ? text(vote.data.title) : null;
  useDocumentTitle(t('votes.results.documentTitle', { title: title?.text ?? '' }));

  if (vote.isPending) return <Loading label={t('votes.results.loading')} />;
  if (vote.isError) return <QueryError error={vote.error} onRetry={() => void vote.refetch()} />;
  const back = (
    <p className="back-link">
      <Link to="/votes">{t('votes.links.back')}</Link>
    </p>
  );
  if (!closed) {
    return (
      <div className="votes-page">
        {back}
        <h1 lang={title?.language}>{title?.text}</h1>
        <div className="notice" role="status">
          <p>{t('votes.results.notClosed')}</p>
        </div>
      </div>
    );
  }
  if (results.isPending) return <Loading label={t('votes.results.loading')} />;
  if (results.isError) {
    return <QueryError error={results.error} onRetry={() => void results.refetch()} />;
  }
  const r = results.data;
  const question = text(vote.data.question);
  return (
    <div className="votes-page results-page" data-testid="results-page">
      {back}
      <p className="vote-kind">{t(`votes.kinds.${vote.data.kind}`)}</p>
      <h1 lang={title?.language}>{title?.text}</h1>
      <p className="vote-question" lang={question.language}>
        {question.text}
      </p>
      <p className="muted">{t('votes.results.closedOn', { date: dates.dateTime(r.closedAt) })}</p>
      <dl className="figures">
        <div className="figure">
          <dt className="figure-label">{t('votes.results.roll')}</dt>
          <dd className="figure-value">{format.number(r.rollSize)}</dd>
        </div>
        <div className="figure">
          <dt className="figure-label">{t('votes.results.participation')}</dt>
          <dd className="figure-value" data-testid="participation">
            {format.number(r.participation)}
          </dd>
        </div>
        <div className="figure">
          <dt className="figure-label">{t('votes.results.turnout')}</dt>
          <dd className="figure-value">
            {r.rollSize > 0 ? format.percent(r.participation / r.rollSize) : '–'}
          </dd>
        </div>
      </dl>
      {r.participation !== r.ballotsCast && (
        <p className="field-hint">
          {t('votes.results.elsewhere', { count: r.participation - r.ballotsCast })}
        </p>
      )}
      {r.outcome.method === 'majority' ? (
        <MajorityResults outcome={r.outcome} />
      ) : (
        <RankedResults outcome={r.outcome} candidates={vote.data.candidates} />
      )}
      <FindMyBallot results={r} candidates={vote.data.candidates} />
      {runsVotes && (
        <p>
          <Link to={`/votes/${voteId}/turnout`}>{t('votes.links.turnout')}</Link>
        </p>
      )}
    </div>
  );
}
