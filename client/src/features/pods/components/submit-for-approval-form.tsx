import { useState, type FormEvent } from 'react';
import type { CampaignRecord } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/ui/field';
import { useErrorText } from '../../../components/ui/query-error';
import { isStale } from '../../../components/ui/use-field-errors';
import { useApprovalMutation } from '../api/campaigns';

/** A chapter puts its campaign to the DSLC, proposing the metrics of success if it has them. */
export function SubmitForApprovalForm({ campaign }: { campaign: CampaignRecord }) {
  const { t } = useTranslation();
  const approval = useApprovalMutation();
  const errorText = useErrorText();
  const [metrics, setMetrics] = useState(campaign.approvalMetrics ?? '');

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    approval.mutate({
      id: campaign.id,
      decision: 'submitted',
      metrics: metrics.trim() || null,
      version: campaign.version,
    });
  };

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <Field
        id="submit-metrics"
        label={t('pods.approval.proposeMetrics')}
        hint={t('pods.approval.proposeMetricsHint')}
      >
        {(c) => (
          <textarea {...c} rows={3} value={metrics} onChange={(e) => setMetrics(e.target.value)} />
        )}
      </Field>
      <div className="button-row">
        <button type="submit" className="button" disabled={approval.isPending}>
          {approval.isPending ? t('pods.actions.saving') : t('pods.approval.submit')}
        </button>
      </div>
      {approval.isError && (
        <p className="field-error" role="alert">
          {isStale(approval.error) ? t('pods.errors.stale') : errorText(approval.error)}
        </p>
      )}
    </form>
  );
}
