import type { Candidate } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import type { RankingProblem, Ranks } from '../lib/ranking';

interface RankedBallotProps {
  idPrefix: string;
  candidates: readonly Candidate[];
  seats: number;
  ranks: Ranks;
  problem: RankingProblem | null;
  onChange: (ranks: Ranks) => void;
}

function useProblemText(candidates: readonly Candidate[]) {
  const { t } = useTranslation();
  const names = (ids: number[]) =>
    ids.map((id) => candidates.find((c) => c.id === id)?.name ?? String(id)).join(', ');
  return (problem: RankingProblem) => {
    if (problem.kind === 'empty') return t('votes.ballot.errors.noRanking');
    if (problem.kind === 'repeated') {
      return t('votes.ballot.errors.repeatedRank', {
        rank: problem.rank,
        names: names(problem.candidates),
      });
    }
    return t('votes.ballot.errors.skippedRank', { rank: problem.missing });
  };
}

/**
 * A ranked ballot: a numbered choice beside each candidate (1 for the first choice). Any number
 * may be left unranked; the numbers used must run 1, 2, 3… with none repeated or skipped.
 */
export function RankedBallot({
  idPrefix,
  candidates,
  seats,
  ranks,
  problem,
  onChange,
}: RankedBallotProps) {
  const { t } = useTranslation();
  const problemText = useProblemText(candidates);
  const hintId = `${idPrefix}-rank-hint`;
  const errorId = `${idPrefix}-rank-error`;
  const flagged = new Set(problem && problem.kind !== 'empty' ? problem.candidates : []);
  const order = candidates
    .filter((c) => ranks[c.id])
    .sort((a, b) => (ranks[a.id] ?? 0) - (ranks[b.id] ?? 0));
  return (
    <fieldset className="fieldset ranked-ballot" aria-describedby={hintId}>
      <legend>{t('votes.ballot.rankLegend')}</legend>
      <p id={hintId} className="field-hint">
        {t('votes.ballot.rankHint', { count: seats })}
      </p>
      <ul className="rank-list">
        {candidates.map((candidate) => {
          const id = `${idPrefix}-rank-${candidate.id}`;
          const invalid = flagged.has(candidate.id) || problem?.kind === 'empty';
          return (
            <li key={candidate.id} className="rank-row">
              <label htmlFor={id}>{candidate.name}</label>
              <select
                id={id}
                value={ranks[candidate.id] ?? ''}
                aria-invalid={invalid ? true : undefined}
                aria-describedby={invalid ? errorId : undefined}
                onChange={(e) =>
                  onChange({
                    ...ranks,
                    [candidate.id]: e.target.value ? Number(e.target.value) : null,
                  })
                }
              >
                <option value="">{t('votes.ballot.notRanked')}</option>
                {candidates.map((_, i) => (
                  <option key={i + 1} value={i + 1}>
                    {t('votes.ballot.rankOption', { rank: i + 1 })}
                  </option>
                ))}
              </select>
            </li>
          );
        })}
      </ul>
      {problem && (
        <p id={errorId} className="field-error" role="alert">
          {problemText(problem)}
        </p>
      )}
      {order.length > 0 && (
        <div className="rank-order">
          <p className="rank-order-title">{t('votes.ballot.yourOrder')}</p>
          <ul>
            {order.map((c) => (
              <li key={c.id}>
                <span className="rank-number">{ranks[c.id]}.</span> {c.name}
              </li>
            ))}
          </ul>
        </div>
      )}
    </fieldset>
  );
}
