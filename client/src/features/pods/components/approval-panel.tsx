import type { CampaignRecord } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { ApprovalDecisionForm } from './approval-decision-form';
import { SubmitForApprovalForm } from './submit-for-approval-form';

interface ApprovalPanelProps {
  campaign: CampaignRecord;
  canSubmit: boolean;
  canDecide: boolean;
}

/** Where the campaign stands with the DSLC, and the step the reader may take next. */
export function ApprovalPanel({ campaign, canSubmit, canDecide }: ApprovalPanelProps) {
  const { t } = useTranslation();
  return (
    <section className="pod-section card" aria-labelledby="approval-title" data-testid="approval">
      <h2 id="approval-title">{t('pods.approval.title')}</h2>
      <p>
        {t('pods.approval.status')}:{' '}
        <strong className={`approval-${campaign.approval}`}>
          {t(`pods.approval.states.${campaign.approval}`)}
        </strong>
      </p>
      {campaign.approvalMetrics && (
        <div className="quote">
          <p className="quote-label">
            {campaign.approval === 'approved'
              ? t('pods.approval.metrics')
              : t('pods.approval.proposedMetrics')}
          </p>
          <p>{campaign.approvalMetrics}</p>
        </div>
      )}
      {campaign.approvalReason && (
        <div className="quote">
          <p className="quote-label">{t('pods.approval.reason')}</p>
          <p>{campaign.approvalReason}</p>
        </div>
      )}
      {canSubmit && <SubmitForApprovalForm campaign={campaign} />}
      {canDecide && <ApprovalDecisionForm campaign={campaign} idBase={`decide-${campaign.id}`} />}
    </section>
  );
}
