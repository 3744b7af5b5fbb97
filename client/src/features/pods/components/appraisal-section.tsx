import { useState, type FormEvent } from 'react';
import type { CampaignRecord } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/ui/field';
import { useErrorText } from '../../../components/ui/query-error';
import { isStale } from '../../../components/ui/use-field-errors';
import { useUpdateCampaignMutation } from '../api/campaigns';

interface AppraisalSectionProps {
  campaign: CampaignRecord;
  canEdit: boolean;
}

/** The chapter's honest appraisal: what worked and what didn't, for the next campaign's sake. */
export function AppraisalSection({ campaign, canEdit }: AppraisalSectionProps) {
  const { t } = useTranslation();
  if (!canEdit && !campaign.appraisalWorked && !campaign.appraisalDidnt) return null;
  return (
    <section className="pod-section card" aria-labelledby="appraisal-title">
      <h2 id="appraisal-title">{t('pods.appraisal.title')}</h2>
      <p className="muted">{t('pods.appraisal.intro')}</p>
      {canEdit ? (
        <AppraisalForm campaign={campaign} />
      ) : (
        <dl className="appraisal">
          <dt>{t('pods.appraisal.worked')}</dt>
          <dd>{campaign.appraisalWorked ?? '–'}</dd>
          <dt>{t('pods.appraisal.didnt')}</dt>
          <dd>{campaign.appraisalDidnt ?? '–'}</dd>
        </dl>
      )}
    </section>
  );
}

function AppraisalForm({ campaign }: { campaign: CampaignRecord }) {
  const { t } = useTranslation();
  const update = useUpdateCampaignMutation();
  const errorText = useErrorText();
  const [worked, setWorked] = useState(campaign.appraisalWorked ?? '');
  const [didnt, setDidnt] = useState(campaign.appraisalDidnt ?? '');

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    update.mutate({
      id: campaign.id,
      appraisalWorked: worked.trim() || null,
      appraisalDidnt: didnt.trim() || null,
      version: campaign.version,
    });
  };

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <Field id="appraisal-worked" label={t('pods.appraisal.worked')}>
        {(c) => (
          <textarea {...c} rows={4} value={worked} onChange={(e) => setWorked(e.target.value)} />
        )}
      </Field>
      <Field id="appraisal-didnt" label={t('pods.appraisal.didnt')}>
        {(c) => (
          <textarea {...c} rows={4} value={didnt} onChange={(e) => setDidnt(e.target.value)} />
        )}
      </Field>
      <div className="button-row">
        <button type="submit" className="button" disabled={update.isPending}>
          {update.isPending ? t('pods.actions.saving') : t('pods.appraisal.save')}
        </button>
      </div>
      <p className="control-status" role="status">
        {update.isSuccess ? t('pods.actions.saved') : ''}
      </p>
      {update.isError && (
        <p className="field-error" role="alert">
          {isStale(update.error) ? t('pods.errors.stale') : errorText(update.error)}
        </p>
      )}
    </form>
  );
}
