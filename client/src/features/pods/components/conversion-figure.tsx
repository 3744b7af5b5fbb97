import type { PipelineStats } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { ChartFigure } from '../../../components/charts/chart-figure';
import { HorizontalBarsChart } from '../../../components/charts/horizontal-bars-chart';
import { CountValue } from '../../../components/ui/count-value';
import { useNumberFormat } from '../../../i18n/format';
import { PIPELINE_BAR } from '../lib/palette';
import { NoFigure } from './no-figure';

/**
 * Of the campaigns that reached a stage, the share that went on to the next. A rate drawn from
 * too few campaigns to show is not given: its bar is empty and says so.
 */
export function ConversionFigure({ conversion }: { conversion: PipelineStats['conversion'] }) {
  const { t } = useTranslation();
  const format = useNumberFormat();
  const step = (c: (typeof conversion)[number]) =>
    t('pods.pipeline.step', { from: t(`pods.stages.${c.from}`), to: t(`pods.stages.${c.to}`) });

  return (
    <ChartFigure
      testId="pipeline-conversion"
      level={2}
      title={t('pods.pipeline.conversion')}
      summary={t('pods.pipeline.conversionSummary')}
      chart={
        <HorizontalBarsChart
          rows={conversion.map((c) => ({
            style: { key: `${c.from}-${c.to}`, label: step(c), ...PIPELINE_BAR },
            value: c.rate === null ? 0 : c.rate * 100,
            display: c.rate === null ? t('pods.pipeline.noRate') : format.percent(c.rate),
          }))}
          format={(n) => format.percent(n / 100)}
          max={100}
          labelWidth={175}
        />
      }
      tableLabel={t('pods.charts.showTable')}
      table={(id) => (
        <table id={id}>
          <thead>
            <tr>
              <th scope="col">{t('pods.pipeline.stepHead')}</th>
              <th scope="col" className="num">
                {t('pods.pipeline.reached')}
              </th>
              <th scope="col" className="num">
                {t('pods.pipeline.advanced')}
              </th>
              <th scope="col" className="num">
                {t('pods.pipeline.rate')}
              </th>
            </tr>
          </thead>
          <tbody>
            {conversion.map((c) => (
              <tr key={`${c.from}-${c.to}`}>
                <th scope="row">{step(c)}</th>
                <td className="num">
                  <CountValue value={c.reached} />
                </td>
                <td className="num">
                  <CountValue value={c.advanced} />
                </td>
                <td className="num">
                  {c.rate === null ? (
                    <NoFigure reason={t('pods.pipeline.tooFew')} />
                  ) : (
                    format.percent(c.rate)
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    />
  );
}
