import { useTranslation } from 'react-i18next';
import { ChartFigure } from '../../../components/charts/chart-figure';
import { TimeBarsChart } from '../../../components/charts/time-bars-chart';
import { CountValue } from '../../../components/ui/count-value';
import { useNumberFormat } from '../../../i18n/format';
import { keysInUse, toChartRows, type SeriesRow } from '../lib/progress-series';
import { stageKeys, type StageKey } from '../../../components/ui/stage-looks';
import { useCountText } from '../lib/use-count-text';
import { useMonthFormat } from '../lib/use-month-format';
import { useStageSeries } from '../lib/use-series-styles';

/**
 * The pod's workplaces by the stage of their campaign, month by month. Stages no workplace was
 * ever at in these months are left out of the bars and the table.
 */
export function StageBarsFigure({ rows }: { rows: readonly SeriesRow<StageKey>[] }) {
  const { t } = useTranslation();
  const format = useNumberFormat();
  const monthLabel = useMonthFormat();
  const countText = useCountText();
  const keys = keysInUse(rows, stageKeys, ['none']);
  const series = useStageSeries(keys);

  return (
    <ChartFigure
      testId="stage-chart"
      title={t('pods.progress.byStage.title')}
      summary={t('pods.progress.byStage.summary')}
      chart={
        <TimeBarsChart
          rows={toChartRows(rows, monthLabel, countText)}
          series={series}
          stacked
          format={format.number}
        />
      }
      tableLabel={t('pods.charts.showTable')}
      table={(id) => (
        <table id={id} data-testid="stage-table">
          <thead>
            <tr>
              <th scope="col">{t('pods.charts.month')}</th>
              {keys.map((k) => (
                <th key={k} scope="col" className="num">
                  {t(`pods.stages.${k}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.month}>
                <th scope="row">{monthLabel(row.month)}</th>
                {keys.map((k) => (
                  <td key={k} className="num" data-testid={`stage-${row.month}-${k}`}>
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
