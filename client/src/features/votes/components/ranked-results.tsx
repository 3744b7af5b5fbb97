import type { Candidate, RankedOutcome } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { ChartFigure } from '../../../components/charts/chart-figure';
import {
  HorizontalBarsChart,
  fitLabelWidth,
} from '../../../components/charts/horizontal-bars-chart';
import { useNumberFormat } from '../../../i18n/format';
import { VOTE_BAR } from '../lib/bar-looks';
import { RoundTable } from './round-table';

interface RankedResultsProps {
  outcome: RankedOutcome;
  candidates: readonly Candidate[];
}

/** A ranked count: who was elected, first preferences, and every stage of the count. */
export function RankedResults({ outcome, candidates }: RankedResultsProps) {
  const { t } = useTranslation();
  const format = useNumberFormat();
  const name = (id: number) => candidates.find((c) => c.id === id)?.name ?? String(id);
  const first = outcome.rounds[0];
  const rows = candidates.map((c) => ({
    key: String(c.id),
    label: c.name,
    value: first?.votes[String(c.id)] ?? 0,
  }));
  return (
    <section aria-labelledby="count-heading">
      <h2 id="count-heading">{t('votes.results.ranked.title')}</h2>
      <p>
        {outcome.method === 'stv'
          ? t('votes.results.ranked.stv', { count: outcome.seats })
          : t('votes.results.ranked.irv')}
      </p>
      <dl className="facts-inline">
        <div>
          <dt>{t('votes.results.ranked.validBallots')}</dt>
          <dd>{format.number(outcome.validBallots)}</dd>
        </div>
        <div>
          <dt>{t('votes.results.ranked.quota')}</dt>
          <dd data-testid="quota">
            {outcome.quota === null
              ? t('votes.results.ranked.majorityNeeded')
              : format.number(outcome.quota)}
          </dd>
        </div>
      </dl>
      <h3>{t('votes.results.ranked.elected')}</h3>
      <ul className="elected-list" data-testid="elected">
        {outcome.elected.map((id) => (
          <li key={id}>{name(id)}</li>
        ))}
      </ul>
      <ChartFigure
        testId="first-preferences-chart"
        title={t('votes.results.ranked.chartTitle')}
        summary={t('votes.results.ranked.chartCaption')}
        chart={
          <HorizontalBarsChart
            rows={rows.map((r) => ({
              style: { key: r.key, label: r.label, ...VOTE_BAR },
              value: r.value,
              display: format.number(r.value),
            }))}
            format={format.number}
            labelWidth={fitLabelWidth(rows.map((r) => r.label))}
          />
        }
        tableLabel={t('votes.charts.showTable')}
        table={(id) => (
          <table id={id}>
            <thead>
              <tr>
                <th scope="col">{t('votes.results.rounds.candidate')}</th>
                <th scope="col" className="num">
                  {t('votes.results.ranked.chartTitle')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key}>
                  <th scope="row">{r.label}</th>
                  <td className="num">{format.number(r.value)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      />
      <RoundTable outcome={outcome} candidates={candidates} />
    </section>
  );
}
