import { useTranslation } from 'react-i18next';
import { Loading } from '../../../components/ui/loading';
import { QueryError } from '../../../components/ui/query-error';
import { useNumberFormat } from '../../../i18n/format';
import { useDateFormat } from '../../../lib/use-date-format';
import { useCampaign, useWorkplaceCampaigns } from '../api/campaigns';
import { StageControl } from './stage-control';
import { StageHistory } from './stage-history';
import { StartCampaignForm } from './start-campaign-form';

interface CampaignPanelProps {
  workplaceId: number;
  employer: string;
}

/** The workplace's current campaign: its stage (changeable here), its facts and its history. */
export function CampaignPanel({ workplaceId, employer }: CampaignPanelProps) {
  const { t } = useTranslation();
  const format = useNumberFormat();
  const dates = useDateFormat();
  const campaigns = useWorkplaceCampaigns(workplaceId);
  const current = campaigns.data?.at(-1);
  const detail = useCampaign(current?.id);

  let body;
  if (campaigns.isPending) body = <Loading label={t('workspace.campaign.loading')} />;
  else if (campaigns.isError) {
    body = <QueryError error={campaigns.error} onRetry={() => void campaigns.refetch()} />;
  } else if (!current) {
    body = (
      <>
        <p className="muted">{t('workspace.campaign.none')}</p>
        <StartCampaignForm workplaceId={workplaceId} />
      </>
    );
  } else {
    body = (
      <>
        <div className="campaign-stage">
          <span className="campaign-stage-label">{t('workspace.fields.stage')}</span>
          <StageControl
            workplaceId={workplaceId}
            employer={employer}
            campaign={{ id: current.id, stage: current.stage, version: current.version }}
          />
        </div>
        <dl className="facts">
          <div>
            <dt>{t('workspace.campaign.kind')}</dt>
            <dd>{t(`workspace.campaign.kinds.${current.kind}`)}</dd>
          </div>
          <div>
            <dt>{t('workspace.campaign.partnerUnion')}</dt>
            <dd>{current.partnerUnion ?? <span className="muted">–</span>}</dd>
          </div>
          <div>
            <dt>{t('workspace.campaign.unitSize')}</dt>
            <dd>
              {current.unitSize === null ? (
                <span className="muted">–</span>
              ) : (
                format.number(current.unitSize)
              )}
            </dd>
          </div>
          <div>
            <dt>{t('workspace.campaign.support')}</dt>
            <dd>
              {current.supportShare === null ? (
                <span className="muted">–</span>
              ) : (
                format.percent(current.supportShare)
              )}
            </dd>
          </div>
          <div>
            <dt>{t('workspace.campaign.startedOn')}</dt>
            <dd>{dates.date(current.startedOn)}</dd>
          </div>
          <div>
            <dt>{t('workspace.campaign.visibility')}</dt>
            <dd>
              {current.isPublic
                ? t('workspace.campaign.public')
                : t('workspace.campaign.confidential')}
            </dd>
          </div>
        </dl>
        <h3>{t('workspace.campaign.history')}</h3>
        {detail.isPending ? (
          <Loading label={t('workspace.campaign.loading')} />
        ) : detail.isError ? (
          <QueryError error={detail.error} onRetry={() => void detail.refetch()} />
        ) : (
          <StageHistory entries={detail.data.history} />
        )}
      </>
    );
  }

  return (
    <section className="card" aria-labelledby="campaign-title">
      <h2 id="campaign-title">{t('workspace.campaign.title')}</h2>
      {body}
    </section>
  );
}
