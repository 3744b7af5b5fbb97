import { campaignStages, type Count } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { ChartFigure } from '../../../components/charts/chart-figure';
import { HorizontalBarsChart } from '../../../components/charts/horizontal-bars-chart';
import { CountValue } from '../../../components/ui/count-value';
import { useNumberFormat } from '../../../i18n/format';
import { currentRows } from '../lib/progress-series';
import { useCountText } from '../lib/use-count-text';
import { useStageSeries } from '../lib/use-series-styles';

interface StageCountsFigureProps {
  byStage: Record<string, Count>;
  title?: string;
  testId?: string;
}

/** Campaigns by their current stage, one bar each in pipeline order; a suppressed count says so. */
export function StageCountsFigure({
  byStage,
  title,
  testId = 'pipeline-stages',
}: StageCountsFigureProps) {
  const { t } = useTranslation();
  const format = useNumberFormat();
  const countText = useCountText();
  const rows = currentRows(byStage, campaignStages);
  const series = useStageSeries(campaignStages);

  return (
    <ChartFigure
      testId={testId}
      // Each page it is on has it right under the page's title.
      level={2}
      title={title ?? t('pods.pipeline.byStage')}
      summary={t('pods.pipeline.byStageSummary')}
      chart={
        <HorizontalBarsChart
          rows={rows.map((r, i) => ({
            style: series[i]!,
            value: r.value,
            display: countText(r.count),
          }))}
          format={format.number}
          labelWidth={110}
        />
      }
      tableLabel={t('pods.charts.showTable')}
      table={(id) => (
        <table id={id}>
          <thead>
            <tr>
              <th scope="col">{t('pods.workplaces.stage')}</th>
              <th scope="col" className="num">
                {t('pods.pipeline.campaigns')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{t(`pods.stages.${r.key}`)}</th>
                <td className="num">
                  <CountValue value={r.count} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    />
  );
}
