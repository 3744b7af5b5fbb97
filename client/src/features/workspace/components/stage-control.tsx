import { useState } from 'react';
import type { CampaignStage } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { StageSelect, type StageSelectText } from '../../../components/ui/stage-select';
import { StartCampaignButton } from '../../../components/ui/start-campaign-button';
import { useChangeStageMutation, useStartCampaignMutation } from '../api/campaigns';

interface StageControlProps {
  workplaceId: number;
  employer: string;
  campaign: { id: number; stage: CampaignStage; version: number } | null;
}

function useStageText(employer: string): StageSelectText {
  const { t } = useTranslation();
  const name = (stage: CampaignStage) => t(`workspace.stages.${stage}`);
  return {
    label: t('workspace.stage.selectLabel', { employer }),
    pipeline: t('workspace.stage.pipeline'),
    endings: t('workspace.stage.endings'),
    stageName: name,
    saved: (stage) => t('workspace.stage.saved', { stage: name(stage) }),
    noteLabel: (from, to) => t('workspace.stage.noteLabel', { from: name(from), to: name(to) }),
    noteMissing: t('workspace.fieldErrors.note'),
    saveMove: t('workspace.stage.saveMove'),
    saving: t('workspace.actions.saving'),
    cancel: t('workspace.actions.cancel'),
    stale: t('workspace.stage.stale'),
  };
}

/**
 * A workplace's campaign stage, changed in two clicks: open the list, pick a stage; it saves at
 * once. Without a campaign, a button starts one.
 */
export function StageControl({ workplaceId, employer, campaign }: StageControlProps) {
  const { t } = useTranslation();
  const change = useChangeStageMutation();
  const start = useStartCampaignMutation();
  const text = useStageText(employer);
  // The start button gives way to the stage list: keyboard focus follows it there.
  const [starting, setStarting] = useState(false);
  if (!campaign) {
    return (
      <StartCampaignButton
        workplaceId={workplaceId}
        start={start}
        text={{
          none: t('workspace.stage.none'),
          start: t('workspace.stage.start'),
          label: t('workspace.stage.startLabel', { employer }),
          saving: t('workspace.actions.saving'),
        }}
        onStart={() => setStarting(true)}
      />
    );
  }
  return (
    <StageSelect
      id={`stage-${workplaceId}`}
      campaign={campaign}
      change={change}
      text={text}
      autoFocus={starting}
    />
  );
}
