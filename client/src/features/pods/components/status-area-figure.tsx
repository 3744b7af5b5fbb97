import {
  organizingStatuses,
  type Count,
  type GoalWithProgress,
  type OrganizingStatus,
} from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { ChartFigure } from '../../../components/charts/chart-figure';
import { StackedAreaChart } from '../../../components/charts/stacked-area-chart';
import { CountValue } from '../../../components/ui/count-value';
import { useNumberFormat } from '../../../i18n/format';
import { useDateFormat } from '../../../lib/use-date-format';
import { statusGoalLines, toChartRows, type SeriesRow } from '../lib/progress-series';
import { useCountText } from '../lib/use-count-text';
import { useMonthFormat } from '../lib/use-month-format';
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
        <table id={id}>
          <thead>
            <tr>
              <th scope="col">{t('pods.charts.month')}</th>
              {organizingStatuses.map((s) => (
                <th key={s} scope="col" className="num">
                  {t(`organizingStatus.${s}`)}
                </th>
              ))}
              <th scope="col" className="num">
                {t('pods.fields.members')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={row.month}>
                <th scope="row">{monthLabel(row.month)}</th>
                {organizingStatuses.map((s) => (
                  <td key={s} className="num">
                    <CountValue value={row.counts[s]} />
                  </td>
                ))}
                <td className="num">
                  <CountValue value={members[i] ?? 0} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    />
  );
}
