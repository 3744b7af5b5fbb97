import { yesNoChoices, type ChoiceOutcome } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { ScrollBox } from '../../../components/ui/scroll-box';
import { useNumberFormat } from '../../../i18n/format';
import { BarFigure } from './bar-figure';

export const choiceColors = { yes: '#2f7d4f', no: '#9f1d1a', abstain: '#6b7280' } as const;

/** Yes, no and abstain: the outcome in words, a chart, and the same figures in a table. */
export function MajorityResults({ outcome }: { outcome: ChoiceOutcome }) {
  const { t } = useTranslation();
  const format = useNumberFormat();
  const total = yesNoChoices.reduce((sum, c) => sum + outcome.totals[c], 0);
  const data = yesNoChoices.map((c) => ({
    key: c,
    label: t(`votes.choices.${c}`),
    value: outcome.totals[c],
    color: choiceColors[c],
  }));
  return (
    <section aria-labelledby="totals-heading">
      <h2 id="totals-heading">{t('votes.results.totals')}</h2>
      <p className="outcome" data-testid="outcome">
        {t(`votes.results.outcome.${outcome.result}`)}
      </p>
      <p className="field-hint">{t('votes.results.abstainNote')}</p>
      <BarFigure
        data={data}
        caption={t('votes.results.chartCaption')}
        format={format.number}
        testId="totals-chart"
      />
      <ScrollBox labelledBy="totals-heading">
        <table data-testid="totals-table">
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
            {data.map((d) => (
              <tr key={d.key}>
                <th scope="row">{d.label}</th>
                <td className="num">{format.number(d.value)}</td>
                <td className="num">{total > 0 ? format.percent(d.value / total) : '–'}</td>
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
      </ScrollBox>
    </section>
  );
}
