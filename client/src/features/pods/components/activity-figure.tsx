import { useTranslation } from 'react-i18next';
import { ChartFigure } from '../../../components/charts/chart-figure';
import { TimeBarsChart } from '../../../components/charts/time-bars-chart';
import { CountValue } from '../../../components/ui/count-value';
import { useNumberFormat } from '../../../i18n/format';
import {
  activityKeys,
  toChartRows,
  type ActivityKey,
  type SeriesRow,
} from '../lib/progress-series';
import { useCountText } from '../lib/use-count-text';
import { useMonthFormat } from '../lib/use-month-format';
import { useActivitySeries } from '../lib/use-series-styles';

/** Recruits made at work and meeting attendance, month by month, side by side. */
export function ActivityFigure({ rows }: { rows: readonly SeriesRow<ActivityKey>[] }) {
  const { t } = useTranslation();
  const format = useNumberFormat();
  const monthLabel = useMonthFormat();
  const countText = useCountText();
  const series = useActivitySeries();

  return (
    <ChartFigure
      testId="activity-chart"
      title={t('pods.progress.activity.title')}
      summary={t('pods.progress.activity.summary')}
      chart={
        <TimeBarsChart
          rows={toChartRows(rows, monthLabel, countText)}
          series={series}
          format={format.number}
        />
      }
      tableLabel={t('pods.charts.showTable')}
      table={(id) => (
        <table id={id}>
          <thead>
            <tr>
              <th scope="col">{t('pods.charts.month')}</th>
              {activityKeys.map((k) => (
                <th key={k} scope="col" className="num">
                  {t(`pods.progress.activity.${k}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.month}>
                <th scope="row">{monthLabel(row.month)}</th>
                {activityKeys.map((k) => (
                  <td key={k} className="num">
                    <CountValue value={row.counts[k]} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    />
  );
}
