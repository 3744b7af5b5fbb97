import { useState, type FormEvent } from 'react';
import type { CampaignRecord } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/ui/field';
import { useErrorText } from '../../../components/ui/query-error';
import { isStale, useFieldErrors } from '../../../components/ui/use-field-errors';
import { useApprovalMutation } from '../api/campaigns';

export type Decision = 'approved' | 'declined';

interface ApprovalDecisionFormProps {
  campaign: Pick<CampaignRecord, 'id' | 'version' | 'approvalMetrics'>;
  idBase: string;
  /** Told once the decision is saved, e.g. to say so where the form no longer shows. */
  onDecided?: (decision: Decision) => void;
}

/**
 * The DSLC's decision on a campaign put to it: approving needs the metrics of success, declining
 * a reason; neither is sent without them.
 */
export function ApprovalDecisionForm({ campaign, idBase, onDecided }: ApprovalDecisionFormProps) {
  const { t } = useTranslation();
  const approval = useApprovalMutation();
  const serverErrors = useFieldErrors(approval.error);
  const errorText = useErrorText();
  const [decision, setDecision] = useState<Decision>('approved');
  // Starts from what the chapter proposed, if anything: the DSLC edits it rather than retypes it.
  const [metrics, setMetrics] = useState(campaign.approvalMetrics ?? '');
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const text = decision === 'approved' ? metrics : reason;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!text.trim()) {
      setMissing(true);
      return;
    }
    setMissing(false);
    approval.mutate(
      {
        id: campaign.id,
        decision,
        version: campaign.version,
        ...(decision === 'approved' ? { metrics: metrics.trim() } : { reason: reason.trim() }),
      },
      { onSuccess: () => onDecided?.(decision) },
    );
  };

  const field = decision === 'approved' ? 'metrics' : 'reason';
  const error = missing && !text.trim() ? t(`pods.approval.${field}Missing`) : serverErrors[field];

  return (
    <form className="form decision-form" onSubmit={onSubmit} noValidate>
      <fieldset className="fieldset">
        <legend>{t('pods.approval.decision')}</legend>
        <div className="radio-row">
          {(['approved', 'declined'] as const).map((d) => (
            <label key={d} className="radio" htmlFor={`${idBase}-${d}`}>
              <input
                id={`${idBase}-${d}`}
                type="radio"
                name={`${idBase}-decision`}
                value={d}
                checked={decision === d}
                onChange={() => {
                  setDecision(d);
                  setMissing(false);
                }}
              />
              {t(`pods.approval.choose.${d}`)}
            </label>
          ))}
        </div>
        <Field
          id={`${idBase}-${field}`}
          label={decision === 'approved' ? t('pods.approval.metrics') : t('pods.approval.reason')}
          hint={
            decision === 'approved' ? t('pods.approval.metricsHint') : t('pods.approval.reasonHint')
          }
          error={error}
        >
          {(c) => (
            <textarea
              {...c}
              key={field}
              rows={3}
              required
              value={text}
              onChange={(e) => (decision === 'approved' ? setMetrics : setReason)(e.target.value)}
            />
          )}
        </Field>
      </fieldset>
      <div className="button-row">
        <button type="submit" className="button" disabled={approval.isPending}>
          {approval.isPending
            ? t('pods.actions.saving')
            : decision === 'approved'
              ? t('pods.approval.approve')
              : t('pods.approval.decline')}
        </button>
      </div>
      <p className="control-status" role="status">
        {approval.isSuccess ? t(`pods.approval.done.${approval.data.approval}`) : ''}
      </p>
      {approval.isError && !serverErrors[field] && (
        <p className="field-error" role="alert">
          {isStale(approval.error) ? t('pods.errors.stale') : errorText(approval.error)}
        </p>
      )}
    </form>
  );
}
