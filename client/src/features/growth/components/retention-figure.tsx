import type { RetentionPoint } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { ChartFigure } from '../../../components/charts/chart-figure';
import { HorizontalBarsChart } from '../../../components/charts/horizontal-bars-chart';
import { CountValue } from '../../../components/ui/count-value';
import { useNumberFormat } from '../../../i18n/format';
import { retentionLook } from '../lib/palette';
import { useMonthFormat } from '../../../lib/use-month-format';

/** Of each month's joiners, the share still in good standing 12 months later. */
export function RetentionFigure({ retention }: { retention: readonly RetentionPoint[] }) {
  const { t } = useTranslation();
  const format = useNumberFormat();
  const monthLabel = useMonthFormat();
  const rateText = (p: RetentionPoint) =>
    p.rate !== null
      ? format.percent(p.rate)
      : p.joined === 0
        ? t('growth.recruitment.retention.noneJoined')
        : t('growth.charts.hidden');
  const rows = retention.map((p) => ({
    style: { key: p.month, label: monthLabel(p.month), ...retentionLook },
    value: p.rate === null ? 0 : Math.round(p.rate * 1000) / 10,
    display: rateText(p),
  }));

  return (
    <ChartFigure
      testId="retention-chart"
      title={t('growth.recruitment.retention.title')}
      summary={
        retention.length === 0
          ? t('growth.recruitment.retention.tooSoon')
          : t('growth.recruitment.retention.summary')
      }
      chart={
        <HorizontalBarsChart
          rows={rows}
          max={100}
          labelWidth={84}
          format={(n) => format.percent(n / 100)}
        />
      }
      tableLabel={t('growth.charts.showTable')}
      table={(id) => (
        <table id={id}>
          <thead>
            <tr>
              <th scope="col">{t('growth.recruitment.retention.joinedIn')}</th>
              <th scope="col">{t('growth.recruitment.retention.checkedAt')}</th>
              <th scope="col" className="num">
                {t('growth.recruitment.retention.joined')}
              </th>
              <th scope="col" className="num">
                {t('growth.recruitment.retention.retained')}
              </th>
              <th scope="col" className="num">
                {t('growth.recruitment.retention.rate')}
              </th>
            </tr>
          </thead>
          <tbody>
            {retention.map((p) => (
              <tr key={p.month}>
                <th scope="row">{monthLabel(p.month)}</th>
                <td>{monthLabel(p.checkedAt)}</td>
                <td className="num">
                  <CountValue value={p.joined} />
                </td>
                <td className="num">
                  <CountValue value={p.retained} />
                </td>
                <td className="num">{rateText(p)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    />
  );
}
