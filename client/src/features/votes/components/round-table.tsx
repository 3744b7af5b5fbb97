import { useMemo } from 'react';
import type { Candidate, RankedOutcome, RankedRound } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { ScrollBox } from '../../../components/ui/scroll-box';

interface RoundTableProps {
  outcome: RankedOutcome;
  candidates: readonly Candidate[];
}

function useVoteValue() {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const f = new Intl.NumberFormat(i18n.resolvedLanguage ?? 'en', { maximumFractionDigits: 2 });
    return (n: number) => f.format(n);
  }, [i18n.resolvedLanguage]);
}

/**
 * The count stage by stage: a column per stage saying what happened (a surplus transferred, a
 * candidate excluded), each candidate's votes after it, what they received, and who was elected.
 */
export function RoundTable({ outcome, candidates }: RoundTableProps) {
  const { t } = useTranslation();
  const value = useVoteValue();
  const name = (id: number | null) =>
    id === null ? '' : (candidates.find((c) => c.id === id)?.name ?? String(id));
  const electedAt = new Map<number, number>();
  const excludedAt = new Map<number, number>();
  for (const round of outcome.rounds) {
    for (const id of round.elected) electedAt.set(id, round.stage);
    if (round.action === 'exclusion' && round.candidate !== null) {
      excludedAt.set(round.candidate, round.stage);
    }
  }
  const what = (round: RankedRound) =>
    t(`votes.results.rounds.actions.${round.action}`, { name: name(round.candidate) });

  const cell = (round: RankedRound, id: number) => {
    const excluded = excludedAt.get(id);
    if (excluded !== undefined && round.stage > excluded) return <span className="muted">–</span>;
    const received = round.transfers[String(id)] ?? 0;
    return (
      <>
        {received > 0 && <span className="transfer">+{value(received)}</span>}
        {value(round.votes[String(id)] ?? 0)}
        {electedAt.get(id) === round.stage && (
          <span className="badge badge-elected">{t('votes.results.rounds.elected')}</span>
        )}
        {excluded === round.stage && (
          <span className="badge">{t('votes.results.rounds.excluded')}</span>
        )}
      </>
    );
  };

  return (
    <div className="round-table">
      <h3 id="rounds-heading">{t('votes.results.rounds.title')}</h3>
      <p className="field-hint">{t('votes.results.rounds.intro')}</p>
      <ScrollBox labelledBy="rounds-heading">
        <table data-testid="rounds-table">
          <thead>
            <tr>
              <th scope="col">{t('votes.results.rounds.candidate')}</th>
              {outcome.rounds.map((round) => (
                <th scope="col" key={round.stage} className="num">
                  {t('votes.results.rounds.stage', { n: round.stage })}
                  <span className="stage-what">{what(round)}</span>
                  {round.tieBreak && (
                    <span className="stage-what">
                      {t(`votes.results.rounds.tie.${round.tieBreak.decidedBy}`, {
                        name: name(round.tieBreak.chosen),
                      })}
                    </span>
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {candidates.map((c) => (
              <tr key={c.id}>
                <th scope="row">{c.name}</th>
                {outcome.rounds.map((round) => (
                  <td key={round.stage} className="num">
                    {cell(round, c.id)}
                  </td>
                ))}
              </tr>
            ))}
            <tr>
              <th scope="row">{t('votes.results.rounds.nonTransferable')}</th>
              {outcome.rounds.map((round) => (
                <td key={round.stage} className="num">
                  {value(round.nonTransferable)}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </ScrollBox>
    </div>
  );
}
