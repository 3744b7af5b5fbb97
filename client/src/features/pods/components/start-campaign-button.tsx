import { useTranslation } from 'react-i18next';
import { StartCampaignButton as StartButton } from '../../../components/ui/start-campaign-button';
import { useStartCampaignMutation } from '../api/campaigns';

/** For a workplace with no campaign, on the pod page: committees start one in one click. */
export function StartCampaignButton({ workplaceId, name }: { workplaceId: number; name: string }) {
  const { t } = useTranslation();
  const start = useStartCampaignMutation();
  return (
    <StartButton
      workplaceId={workplaceId}
      start={start}
      text={{
        none: t('pods.workplaces.noCampaign'),
        start: t('pods.workplaces.start'),
        label: t('pods.workplaces.startLabel', { name }),
        saving: t('pods.actions.saving'),
      }}
    />
  );
}
