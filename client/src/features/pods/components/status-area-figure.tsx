import {
  organizingStatuses,
  type Count,
  type GoalWithProgress,
  type OrganizingStatus,
} from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { ChartFigure } from '../../../components/charts/chart-figure';
import { StackedAreaChart } from '../../../components/charts/stacked-area-chart';
import { MonthCountTable } from '../../../components/charts/month-count-table';
import { toChartRows, type SeriesRow } from '../../../components/charts/series-rows';
import { useNumberFormat } from '../../../i18n/format';
import { useDateFormat } from '../../../lib/use-date-format';
import { statusGoalLines } from '../lib/progress-series';
import { useCountText } from '../lib/use-count-text';
import { useMonthFormat } from '../../../lib/use-month-format';
import { useStatusSeries } from '../lib/use-series-styles';

interface StatusAreaFigureProps {
  rows: readonly SeriesRow<OrganizingStatus>[];
  /** The pod's members each month (the total of the row, as the server counted it). */
  members: readonly Count[];
  goals: readonly GoalWithProgress[];
}

/** Members by organizing status, month by month, with the pod's member goals as lines. */
export function StatusAreaFigure({ rows, members, goals }: StatusAreaFigureProps) {
  const { t } = useTranslation();
  const format = useNumberFormat();
  const dates = useDateFormat();
  const monthLabel = useMonthFormat();
  const countText = useCountText();
  const series = useStatusSeries();
  const lines = statusGoalLines(goals).map((g) => ({
    key: String(g.id),
    value: g.target,
    label: t('pods.goals.line', {
      goal: t(`pods.goals.metrics.${g.metric}`),
      target: format.number(g.target),
      due: dates.date(g.dueOn),
    }),
  }));

  return (
    <ChartFigure
      testId="status-chart"
      title={t('pods.progress.byStatus.title')}
      summary={t('pods.progress.byStatus.summary')}
      chart={
        <StackedAreaChart
          rows={toChartRows(rows, monthLabel, countText)}
          series={series}
          lines={lines}
          format={format.number}
        />
      }
      tableLabel={t('pods.charts.showTable')}
      table={(id) => (
        <MonthCountTable
          id={id}
          monthHeader={t('pods.charts.month')}
          monthLabel={monthLabel}
          columns={organizingStatuses.map((s) => ({ key: s, label: t(`organizingStatus.${s}`) }))}
          rows={rows}
          total={{ label: t('pods.fields.members'), counts: members }}
        />
      )}
    />
  );
}
