import '../votes.css';
import { lazy, Suspense } from 'react';
import { Link, useSearchParams } from 'react-router';
import { turnoutGroupings } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { CountValue } from '../../../components/ui/count-value';
import { Field } from '../../../components/ui/field';
import { Loading } from '../../../components/ui/loading';
import { QueryError } from '../../../components/ui/query-error';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useTurnout, useVote, type TurnoutBy } from '../api/votes';
import { useVoteText } from '../lib/use-vote-text';
import { TurnoutFigure } from './turnout-figure';
import { TurnoutPercent } from './turnout-percent';

// Leaflet loads only when turnout is shown by region, the one grouping drawn on a map.
const TurnoutMap = lazy(() => import('./turnout-map').then((m) => ({ default: m.TurnoutMap })));

const isBy = (value: string | null): value is TurnoutBy =>
  (turnoutGroupings as readonly string[]).includes(value ?? '');

/** Who voted, over the frozen roll, by chapter, region, pod or industry: chart, map and table. */
export function TurnoutPage({ voteId }: { voteId: number }) {
  const { t } = useTranslation();
  const text = useVoteText();
  const [params, setParams] = useSearchParams();
  const byParam = params.get('by');
  const by: TurnoutBy = isBy(byParam) ? byParam : 'chapter';
  const vote = useVote(voteId);
  const turnout = useTurnout(voteId, by);
  const title = vote.data ? text(vote.data.title) : null;
  useDocumentTitle(t('votes.turnout.documentTitle', { title: title?.text ?? '' }));

  if (vote.isPending) return <Loading label={t('votes.turnout.loading')} />;
  if (vote.isError) return <QueryError error={vote.error} onRetry={() => void vote.refetch()} />;
  const data = turnout.data;

  return (
    <div className="votes-page turnout-page" data-testid="turnout-page">
      <p className="back-link">
        <Link to={`/votes/admin/${voteId}`}>{t('votes.links.backToVote')}</Link>
      </p>
      <h1>
        {t('votes.turnout.title')}: <span lang={title?.language}>{title?.text}</span>
      </h1>
      <Field id="turnout-by" label={t('votes.turnout.by')} className="field-inline">
        {(control) => (
          <select
            {...control}
            value={by}
            onChange={(e) => setParams({ by: e.target.value }, { replace: true })}
          >
            {turnoutGroupings.map((g) => (
              <option key={g} value={g}>
                {t(`votes.turnout.groupings.${g}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {turnout.isPending && <Loading label={t('votes.turnout.loading')} />}
      {turnout.isError && (
        <QueryError error={turnout.error} onRetry={() => void turnout.refetch()} />
      )}
      {data && (
        <div aria-busy={turnout.isPlaceholderData}>
          <dl className="figures">
            <div className="figure">
              <dt className="figure-label">{t('votes.turnout.columns.roll')}</dt>
              <dd className="figure-value">
                <CountValue value={data.roll} />
              </dd>
            </div>
            <div className="figure">
              <dt className="figure-label">{t('votes.turnout.columns.voted')}</dt>
              <dd className="figure-value">
                <CountValue value={data.voted} />
              </dd>
            </div>
            <div className="figure">
              <dt className="figure-label">{t('votes.turnout.columns.turnout')}</dt>
              <dd className="figure-value">
                <TurnoutPercent value={data.turnout} />
              </dd>
            </div>
          </dl>
          {data.by === 'region' && (
            <Suspense fallback={<Loading label={t('votes.turnout.mapLoading')} />}>
              <TurnoutMap turnout={data} />
            </Suspense>
          )}
          <TurnoutFigure turnout={data} />
        </div>
      )}
    </div>
  );
}
