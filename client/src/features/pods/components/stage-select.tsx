import type { CampaignStage } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import {
  StageSelect as StageSelectControl,
  type StageSelectText,
} from '../../../components/ui/stage-select';
import { useChangeStageMutation } from '../api/campaigns';

interface StageSelectProps {
  idBase: string;
  /** The workplace, to name the select. */
  name: string;
  campaign: { id: number; stage: CampaignStage; version: number };
}

function useStageText(name: string): StageSelectText {
  const { t } = useTranslation();
  const stageName = (stage: CampaignStage) => t(`pods.stages.${stage}`);
  return {
    label: t('pods.workplaces.stageLabel', { name }),
    pipeline: t('pods.stage.pipeline'),
    endings: t('pods.stage.endings'),
    stageName,
    saved: (stage) => t('pods.stage.saved', { stage: stageName(stage) }),
    noteLabel: (from, to) =>
      t('pods.stage.noteLabel', { from: stageName(from), to: stageName(to) }),
    noteMissing: t('pods.stage.noteMissing'),
    saveMove: t('pods.stage.saveMove'),
    saving: t('pods.actions.saving'),
    cancel: t('pods.actions.cancel'),
    stale: t('pods.errors.stale'),
  };
}

/** A campaign's stage on the pod and campaign pages, in the pods' words; saving refreshes them. */
export function StageSelect({ idBase, name, campaign }: StageSelectProps) {
  const change = useChangeStageMutation();
  const text = useStageText(name);
  return <StageSelectControl id={idBase} campaign={campaign} change={change} text={text} />;
}
