import type { SessionUser } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../components/ui/loading';
import { QueryError } from '../../../components/ui/query-error';
import { StageMark } from '../../../components/ui/stage-mark';
import { ApiError } from '../../../lib/http';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useCampaign } from '../api/campaigns';
import { campaignAbilities } from '../lib/campaign-abilities';
import { useCampaignName } from '../lib/use-campaign-name';
import { AppraisalSection } from './appraisal-section';
import { ApprovalPanel } from './approval-panel';
import { AssessmentsFigure } from './assessments-figure';
import { CampaignFacts } from './campaign-facts';
import { StageHistory } from './stage-history';
import { StageSelect } from './stage-select';
import '../pods.css';

interface CampaignPageProps {
  campaignId: number;
  user: Pick<SessionUser, 'role' | 'chapterId'>;
}

/** One campaign: its stage and history, assessments, DSLC approval, outcome and appraisal. */
export function CampaignPage({ campaignId, user }: CampaignPageProps) {
  const { t } = useTranslation();
  const name = useCampaignName();
  const campaign = useCampaign(campaignId);
  const title = campaign.data ? name(campaign.data) : t('pods.campaign.title');
  useDocumentTitle(title);

  if (campaign.isPending) return <Loading label={t('pods.campaign.loading')} />;
  if (campaign.isError) {
    const missing = campaign.error instanceof ApiError && campaign.error.status === 404;
    return missing ? (
      <div className="notice" role="status">
        <p className="notice-title">{t('pods.campaign.notFound')}</p>
      </div>
    ) : (
      <QueryError error={campaign.error} onRetry={() => void campaign.refetch()} />
    );
  }
  const data = campaign.data;
  const can = campaignAbilities(user, data);

  return (
    <div className="campaign-page" data-testid="campaign-page">
      <header className="pod-header">
        <p className="eyebrow">{t('pods.campaign.eyebrow')}</p>
        <h1>{title}</h1>
        {data.siteName && data.employer && <p className="lead">{data.employer}</p>}
      </header>
      <section className="pod-section" aria-labelledby="campaign-stage-title">
        <h2 id="campaign-stage-title">{t('pods.campaign.stageTitle')}</h2>
        <div className="campaign-stage">
          {can.moveStage ? (
            <StageSelect
              idBase="campaign-stage"
              name={data.siteName ?? data.employer ?? title}
              campaign={{ id: data.id, stage: data.stage, version: data.version }}
            />
          ) : (
            <p className="stage-pill">
              <StageMark stage={data.stage} />
              {t(`pods.stages.${data.stage}`)}
            </p>
          )}
          <p>
            {t('pods.campaign.outcome')}:{' '}
            <strong>
              {data.outcome ? t(`pods.stages.${data.outcome}`) : t('pods.campaign.ongoing')}
            </strong>
          </p>
        </div>
        <CampaignFacts campaign={data} />
      </section>
      <AssessmentsFigure
        assessments={data.assessments}
        unitSize={data.unitSize}
        supportShare={data.supportShare}
      />
      <ApprovalPanel campaign={data} canSubmit={can.submit} canDecide={can.decide} />
      <section className="pod-section" aria-labelledby="history-title">
        <h2 id="history-title">{t('pods.campaign.history')}</h2>
        <StageHistory entries={data.history} />
      </section>
      <AppraisalSection campaign={data} canEdit={can.appraise} />
    </div>
  );
}
