import type { GoalStatus } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { ChartFigure } from '../../../components/charts/chart-figure';
import { StackedAreaChart } from '../../../components/charts/stacked-area-chart';
import { CountValue } from '../../../components/ui/count-value';
import { useNumberFormat } from '../../../i18n/format';
import { membersLook } from '../lib/palette';
import { maxDrawn, toChartRows, type SeriesRow } from '../../../components/charts/series-rows';
import { memberGoalLines, placeLines } from '../lib/recruitment-series';
import { useCountText } from '../lib/use-count-text';
import { useMonthFormat } from '../../../lib/use-month-format';
import { GoalLineNotes } from './goal-line-notes';

interface MembersFigureProps {
  rows: readonly SeriesRow<'members'>[];
  goals: readonly GoalStatus[];
}

/** Members in good standing at each month's end, with the scope's members goals as lines. */
export function MembersFigure({ rows, goals }: MembersFigureProps) {
  const { t } = useTranslation();
  const format = useNumberFormat();
  const monthLabel = useMonthFormat();
  const countText = useCountText();
  const { drawn, offScale } = placeLines(memberGoalLines(goals), maxDrawn(rows));
  const first = rows[0];
  const last = rows[rows.length - 1];

  return (
    <ChartFigure
      testId="members-chart"
      title={t('growth.recruitment.members.title')}
      summary={
        first && last
          ? t('growth.recruitment.members.summary', {
              first: countText(first.counts.members),
              from: monthLabel(first.month),
              last: countText(last.counts.members),
              to: monthLabel(last.month),
            })
          : undefined
      }
      chart={
        <StackedAreaChart
          rows={toChartRows(rows, monthLabel, countText)}
          series={[
            { key: 'members', label: t('growth.recruitment.members.series'), ...membersLook },
          ]}
          lines={drawn.map((l) => ({
            key: String(l.goal.id),
            value: l.value,
            label: t('growth.recruitment.goalLine', { target: format.number(l.value) }),
          }))}
          format={format.number}
        />
      }
      notes={<GoalLineNotes drawn={drawn} offScale={offScale} />}
      tableLabel={t('growth.charts.showTable')}
      table={(id) => (
        <table id={id}>
          <thead>
            <tr>
              <th scope="col">{t('growth.charts.month')}</th>
              <th scope="col" className="num">
                {t('growth.recruitment.members.series')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.month}>
                <th scope="row">{monthLabel(row.month)}</th>
                <td className="num">
                  <CountValue value={row.counts.members} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    />
  );
}
