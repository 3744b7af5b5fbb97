import type { SouthCoverage } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { ChartFigure } from '../../../components/charts/chart-figure';
import { TimeBarsChart } from '../../../components/charts/time-bars-chart';
import { CountValue, ShareValue } from '../../../components/ui/count-value';
import { useNumberFormat } from '../../../i18n/format';
import { mappedLook, membersLook } from '../lib/palette';
import { toChartRows, type SeriesRow } from '../../../components/charts/series-rows';
import { useCountText } from '../lib/use-count-text';
import { useMonthFormat } from '../../../lib/use-month-format';

type Key = 'members' | 'mapped';

/** Southern members and the mapped among them over 24 months, side by side. */
export function SouthTrendFigure({ trend }: { trend: SouthCoverage['trend'] }) {
  const { t } = useTranslation();
  const format = useNumberFormat();
  const monthLabel = useMonthFormat();
  const countText = useCountText();
  const rows: SeriesRow<Key>[] = trend.months.map((m) => ({
    month: m.month,
    counts: { members: m.members, mapped: m.membersMapped },
    values: {
      members: typeof m.members === 'number' ? m.members : 0,
      mapped: typeof m.membersMapped === 'number' ? m.membersMapped : 0,
    },
  }));
  const series = [
    { key: 'members', label: t('growth.south.trend.members'), ...membersLook },
    { key: 'mapped', label: t('growth.south.trend.mapped'), ...mappedLook },
  ];
  return (
    <ChartFigure
      testId="south-trend"
      level={2}
      title={t('growth.south.trend.title')}
      summary={t('growth.south.trend.summary')}
      chart={
        <TimeBarsChart
          rows={toChartRows(rows, monthLabel, countText)}
          series={series}
          format={format.number}
        />
      }
      notes={
        trend.committeeHistory === 'not_recorded' && (
          <p className="chart-note">{t('growth.south.trend.noCommitteeHistory')}</p>
        )
      }
      tableLabel={t('growth.charts.showTable')}
      table={(id) => (
        <table id={id}>
          <thead>
            <tr>
              <th scope="col">{t('growth.charts.month')}</th>
              <th scope="col" className="num">
                {t('growth.south.trend.members')}
              </th>
              <th scope="col" className="num">
                {t('growth.south.trend.mapped')}
              </th>
              <th scope="col" className="num">
                {t('growth.south.columns.mappedShare')}
              </th>
            </tr>
          </thead>
          <tbody>
            {trend.months.map((m) => (
              <tr key={m.month}>
                <th scope="row">{monthLabel(m.month)}</th>
                <td className="num">
                  <CountValue value={m.members} />
                </td>
                <td className="num">
                  <CountValue value={m.membersMapped} />
                </td>
                <td className="num">
                  <ShareValue part={m.membersMapped} whole={m.members} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    />
  );
}
