import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../components/ui/query-error';
import { useStartCampaignMutation } from '../api/campaigns';

/** For a workplace with no campaign: one click starts one at the mapping stage (committees). */
export function StartCampaignButton({ workplaceId, name }: { workplaceId: number; name: string }) {
  const { t } = useTranslation();
  const start = useStartCampaignMutation();
  const errorText = useErrorText();
  return (
    <div className="inline-control">
      <span className="muted">{t('pods.workplaces.noCampaign')}</span>
      <button
        type="button"
        className="button button-small button-secondary"
        aria-label={t('pods.workplaces.startLabel', { name })}
        disabled={start.isPending}
        onClick={() => start.mutate({ workplaceId, kind: 'union_drive' })}
      >
        {start.isPending ? t('pods.actions.saving') : t('pods.workplaces.start')}
      </button>
      {start.isError && (
        <p className="field-error" role="alert">
          {errorText(start.error)}
        </p>
      )}
    </div>
  );
}
