import { useTranslation } from 'react-i18next';
import { ChartFigure } from '../../../components/charts/chart-figure';
import { TimeBarsChart } from '../../../components/charts/time-bars-chart';
import { MonthCountTable } from '../../../components/charts/month-count-table';
import { keysInUse, toChartRows, type SeriesRow } from '../../../components/charts/series-rows';
import { useNumberFormat } from '../../../i18n/format';
import { stageKeys, type StageKey } from '../../../components/ui/stage-looks';
import { useCountText } from '../lib/use-count-text';
import { useMonthFormat } from '../../../lib/use-month-format';
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
        <MonthCountTable
          id={id}
          testId="stage-table"
          cellTestId={(month, k) => `stage-${month}-${k}`}
          monthHeader={t('pods.charts.month')}
          monthLabel={monthLabel}
          columns={keys.map((k) => ({ key: k, label: t(`pods.stages.${k}`) }))}
          rows={rows}
        />
      )}
    />
  );
}
