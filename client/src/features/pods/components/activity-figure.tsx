import { useTranslation } from 'react-i18next';
import { ChartFigure } from '../../../components/charts/chart-figure';
import { TimeBarsChart } from '../../../components/charts/time-bars-chart';
import { MonthCountTable } from '../../../components/charts/month-count-table';
import { toChartRows, type SeriesRow } from '../../../components/charts/series-rows';
import { useNumberFormat } from '../../../i18n/format';
import { activityKeys, type ActivityKey } from '../lib/progress-series';
import { useCountText } from '../lib/use-count-text';
import { useMonthFormat } from '../../../lib/use-month-format';
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
        <MonthCountTable
          id={id}
          monthHeader={t('pods.charts.month')}
          monthLabel={monthLabel}
          columns={activityKeys.map((k) => ({ key: k, label: t(`pods.progress.activity.${k}`) }))}
          rows={rows}
        />
      )}
    />
  );
}
