import { campaignStages, type PipelineStats } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { CountValue } from '../../../components/ui/count-value';
import { ScrollBox } from '../../../components/ui/scroll-box';
import { useNumberFormat } from '../../../i18n/format';
import { NoFigure } from './no-figure';

/** How long campaigns stay in each stage: the median of the finished stays, and how many. */
export function MedianDaysTable({ medians }: { medians: PipelineStats['medianDaysInStage'] }) {
  const { t } = useTranslation();
  const format = useNumberFormat();
  return (
    <section className="table-section" aria-labelledby="median-days">
      <h2 id="median-days">{t('pods.pipeline.medianDays')}</h2>
      <p className="muted">{t('pods.pipeline.medianDaysIntro')}</p>
      <ScrollBox labelledBy="median-days">
        <table aria-labelledby="median-days">
          <thead>
            <tr>
              <th scope="col">{t('pods.workplaces.stage')}</th>
              <th scope="col" className="num">
                {t('pods.pipeline.median')}
              </th>
              <th scope="col" className="num">
                {t('pods.pipeline.stays')}
              </th>
            </tr>
          </thead>
          <tbody>
            {campaignStages.map((stage) => {
              const m = medians[stage];
              return (
                <tr key={stage}>
                  <th scope="row">{t(`pods.stages.${stage}`)}</th>
                  <td className="num">
                    {m?.median == null ? (
                      <NoFigure reason={t('pods.pipeline.tooFew')} />
                    ) : (
                      t('pods.pipeline.days', { count: m.median, n: format.number(m.median) })
                    )}
                  </td>
                  <td className="num">
                    <CountValue value={m?.stays ?? 0} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollBox>
    </section>
  );
}
