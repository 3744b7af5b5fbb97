import { organizingStatuses, type Count } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { ChartFigure } from '../../../components/charts/chart-figure';
import { HorizontalBarsChart } from '../../../components/charts/horizontal-bars-chart';
import { CountValue } from '../../../components/ui/count-value';
import { useNumberFormat } from '../../../i18n/format';
import { currentRows } from '../lib/progress-series';
import { useCountText } from '../lib/use-count-text';
import { useStatusSeries } from '../lib/use-series-styles';

/** Where the pod's members are now: one bar per organizing status, in order. */
export function FunnelFigure({ funnel }: { funnel: Record<string, Count> }) {
  const { t } = useTranslation();
  const format = useNumberFormat();
  const countText = useCountText();
  const series = useStatusSeries();
  const rows = currentRows(funnel, organizingStatuses);

  return (
    <ChartFigure
      testId="funnel-chart"
      title={t('pods.progress.funnel.title')}
      summary={t('pods.progress.funnel.summary')}
      chart={
        <HorizontalBarsChart
          rows={rows.map((r, i) => ({
            style: series[i]!,
            value: r.value,
            display: countText(r.count),
          }))}
          format={format.number}
        />
      }
      tableLabel={t('pods.charts.showTable')}
      table={(id) => (
        <table id={id} data-testid="funnel-table">
          <thead>
            <tr>
              <th scope="col">{t('pods.fields.status')}</th>
              <th scope="col" className="num">
                {t('pods.fields.members')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{t(`organizingStatus.${r.key}`)}</th>
                <td className="num" data-testid={`funnel-${r.key}`}>
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
