import type { PipelineStats } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { CountValue } from '../../../components/ui/count-value';
import { useNumberFormat } from '../../../i18n/format';
import { approvalKeys, pipelineCounts, useIndustryRows, useRegionRows } from '../lib/pipeline-rows';
import { ConversionFigure } from './conversion-figure';
import { CountNotes } from './count-notes';
import { CountTable } from './count-table';
import { MedianDaysTable } from './median-days-table';
import { StageCountsFigure } from './stage-counts-figure';
import { NoFigure } from './no-figure';

/** Headline figures, campaigns by stage, conversion, time in stage, and the breakdowns. */
export function PipelineFigures({ stats }: { stats: PipelineStats }) {
  const { t } = useTranslation();
  const format = useNumberFormat();
  const industries = useIndustryRows(stats.byIndustry);
  const regions = useRegionRows(stats.byRegion);
  return (
    <>
      <dl className="figures pipeline-figures">
        <div className="figure">
          <dt className="figure-label">{t('pods.pipeline.total')}</dt>
          <dd className="figure-value" data-testid="pipeline-total">
            <CountValue value={stats.total} />
          </dd>
        </div>
        <div className="figure">
          <dt className="figure-label">{t('pods.pipeline.submitted')}</dt>
          <dd className="figure-value">
            <CountValue value={stats.byApproval.submitted ?? 0} />
          </dd>
        </div>
        <div className="figure">
          <dt className="figure-label">{t('pods.pipeline.wonLost')}</dt>
          <dd className="figure-value">
            <CountValue value={stats.winRate.won} /> / <CountValue value={stats.winRate.lost} />
          </dd>
        </div>
        <div className="figure">
          <dt className="figure-label">{t('pods.pipeline.winRate')}</dt>
          <dd className="figure-value">
            {stats.winRate.rate === null ? (
              <NoFigure reason={t('pods.pipeline.tooFew')} />
            ) : (
              format.percent(stats.winRate.rate)
            )}
          </dd>
        </div>
      </dl>
      <div className="chart-grid">
        <StageCountsFigure byStage={stats.byStage} />
        <ConversionFigure conversion={stats.conversion} />
      </div>
      <MedianDaysTable medians={stats.medianDaysInStage} />
      <div className="table-grid">
        <CountTable
          id="by-industry"
          title={t('pods.pipeline.byIndustry')}
          head={t('pods.fields.industry')}
          rows={industries}
        />
        <CountTable
          id="by-region"
          title={t('pods.pipeline.byRegion')}
          head={t('pods.pipeline.region')}
          rows={regions}
        />
        <CountTable
          id="by-approval"
          title={t('pods.pipeline.byApproval')}
          head={t('pods.approval.status')}
          rows={approvalKeys.map((k) => ({
            key: k,
            label: t(`pods.approval.states.${k}`),
            count: stats.byApproval[k] ?? 0,
          }))}
          keepOrder
        />
      </div>
      <CountNotes values={pipelineCounts(stats)} />
    </>
  );
}
