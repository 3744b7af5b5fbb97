import { yesNoChoices, type ChoiceOutcome } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { ChartFigure } from '../../../components/charts/chart-figure';
import {
  HorizontalBarsChart,
  fitLabelWidth,
} from '../../../components/charts/horizontal-bars-chart';
import { useNumberFormat } from '../../../i18n/format';
import { choiceLooks } from '../lib/bar-looks';

/** Yes, no and abstain: the outcome in words, a chart, and the same figures in a table. */
export function MajorityResults({ outcome }: { outcome: ChoiceOutcome }) {
  const { t } = useTranslation();
  const format = useNumberFormat();
  const total = yesNoChoices.reduce((sum, c) => sum + outcome.totals[c], 0);
  const rows = yesNoChoices.map((c) => ({
    key: c,
    label: t(`votes.choices.${c}`),
    value: outcome.totals[c],
  }));
  return (
    <section aria-labelledby="totals-heading">
      <h2 id="totals-heading">{t('votes.results.totals')}</h2>
      <p className="outcome" data-testid="outcome">
        {t(`votes.results.outcome.${outcome.result}`)}
      </p>
      <p className="field-hint">{t('votes.results.abstainNote')}</p>
      <ChartFigure
        testId="totals-chart"
        title={t('votes.results.chartTitle')}
        summary={t('votes.results.chartCaption')}
        chart={
          <HorizontalBarsChart
            rows={rows.map((r) => ({
              style: { key: r.key, label: r.label, ...choiceLooks[r.key] },
              value: r.value,
              display: format.number(r.value),
            }))}
            format={format.number}
            labelWidth={fitLabelWidth(rows.map((r) => r.label))}
          />
        }
        tableLabel={t('votes.charts.showTable')}
        tableOpen
        table={(id) => (
          <table id={id} data-testid="totals-table">
            <thead>
              <tr>
                <th scope="col">{t('votes.results.columns.choice')}</th>
                <th scope="col" className="num">
                  {t('votes.results.columns.votes')}
                </th>
                <th scope="col" className="num">
                  {t('votes.results.columns.share')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key}>
                  <th scope="row">{r.label}</th>
                  <td className="num">{format.number(r.value)}</td>
                  <td className="num">{total > 0 ? format.percent(r.value / total) : '–'}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('votes.results.columns.total')}</th>
                <td className="num">{format.number(total)}</td>
                <td />
              </tr>
            </tfoot>
          </table>
        )}
      />
    </section>
  );
}
