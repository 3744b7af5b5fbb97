import type { GoalStatus, RecruitmentPoint } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { ChartFigure } from '../../../components/charts/chart-figure';
import { TimeBarsChart } from '../../../components/charts/time-bars-chart';
import { CountValue } from '../../../components/ui/count-value';
import { useNumberFormat } from '../../../i18n/format';
import { joinsLook, lapsesLook } from '../lib/palette';
import { maxDrawn, toChartRows } from '../../../components/charts/series-rows';
import { flowRows, placeLines, recruitGoalLines } from '../lib/recruitment-series';
import { useCountText } from '../lib/use-count-text';
import { useGoalText } from '../lib/use-goal-text';
import { useMonthFormat } from '../../../lib/use-month-format';
import { GoalLineNotes } from './goal-line-notes';
import { SignedValue } from './signed-value';

interface FlowFigureProps {
  points: readonly RecruitmentPoint[];
  goals: readonly GoalStatus[];
}

/**
 * Joins and lapses each month side by side, net growth in the table, and each recruiting goal as
 * the joins a month it asks for (its target spread evenly from its start to its due date).
 */
export function FlowFigure({ points, goals }: FlowFigureProps) {
  const { t } = useTranslation();
  const format = useNumberFormat();
  const monthLabel = useMonthFormat();
  const countText = useCountText();
  const goalText = useGoalText();
  const rows = flowRows(points);
  const { drawn, offScale } = placeLines(recruitGoalLines(goals), maxDrawn(rows));
  const series = [
    { key: 'joins', label: t('growth.recruitment.flow.joins'), ...joinsLook },
    { key: 'lapses', label: t('growth.recruitment.flow.lapses'), ...lapsesLook },
  ];

  return (
    <ChartFigure
      testId="flow-chart"
      title={t('growth.recruitment.flow.title')}
      summary={
        maxDrawn(rows) === 0 && points.some((p) => p.joins !== 0 || p.lapses !== 0)
          ? `${t('growth.recruitment.flow.summary')} ${t('growth.recruitment.by.allSmall')}`
          : t('growth.recruitment.flow.summary')
      }
      chart={
        <TimeBarsChart
          rows={toChartRows(rows, monthLabel, countText)}
          series={series}
          lines={drawn.map((l) => ({
            key: String(l.goal.id),
            value: l.value,
            label: t('growth.recruitment.rateLine', { rate: goalText.decimal(l.value) }),
          }))}
          format={format.number}
        />
      }
      notes={<GoalLineNotes drawn={drawn} offScale={offScale} rate />}
      tableLabel={t('growth.charts.showTable')}
      table={(id) => (
        <table id={id}>
          <thead>
            <tr>
              <th scope="col">{t('growth.charts.month')}</th>
              <th scope="col" className="num">
                {t('growth.recruitment.flow.joins')}
              </th>
              <th scope="col" className="num">
                {t('growth.recruitment.flow.lapses')}
              </th>
              <th scope="col" className="num">
                {t('growth.recruitment.flow.net')}
              </th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.month}>
                <th scope="row">{monthLabel(p.month)}</th>
                <td className="num">
                  <CountValue value={p.joins} />
                </td>
                <td className="num">
                  <CountValue value={p.lapses} />
                </td>
                <td className="num">
                  <SignedValue value={p.net} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    />
  );
}
