import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../components/ui/query-error';
import { useStartCampaignMutation } from '../api/campaigns';

interface StartCampaignButtonProps {
  workplaceId: number;
  employer: string;
  onStart?: () => void;
}

/** For a workplace with no campaign: one click starts one at the mapping stage. */
export function StartCampaignButton({ workplaceId, employer, onStart }: StartCampaignButtonProps) {
  const { t } = useTranslation();
  const start = useStartCampaignMutation();
  const errorText = useErrorText();
  return (
    <div className="stage-control">
      <span className="stage-none">{t('workspace.stage.none')}</span>
      <button
        type="button"
        className="button button-small button-secondary"
        aria-label={t('workspace.stage.startLabel', { employer })}
        disabled={start.isPending}
        onClick={() => {
          onStart?.();
          start.mutate({ workplaceId, kind: 'union_drive' });
        }}
      >
        {start.isPending ? t('workspace.actions.saving') : t('workspace.stage.start')}
      </button>
      {start.isError && (
        <p className="field-error" role="alert">
          {errorText(start.error)}
        </p>
      )}
    </div>
  );
}
