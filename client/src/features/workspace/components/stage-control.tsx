import { useState, type ChangeEvent } from 'react';
import { endStages, pipelineStages, type CampaignStage } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../components/ui/query-error';
import { ApiError } from '../../../lib/http';
import { isStale, useFieldErrors } from '../../../components/ui/use-field-errors';
import { useChangeStageMutation } from '../api/campaigns';
import { isBackwards } from '../stages';
import { StageNoteForm } from '../../../components/ui/stage-note-form';
import { StartCampaignButton } from './start-campaign-button';

interface CampaignRef {
  id: number;
  stage: CampaignStage;
  version: number;
}

interface StageControlProps {
  workplaceId: number;
  employer: string;
  campaign: CampaignRef | null;
}

/**
 * A workplace's campaign stage, changed in two clicks: open the list, pick a stage; it saves at
 * once. Moving back first asks why, as the committee's record needs it.
 */
export function StageControl({ workplaceId, employer, campaign }: StageControlProps) {
  // The start button gives way to the stage list: keyboard focus follows it there.
  const [starting, setStarting] = useState(false);
  if (!campaign) {
    return (
      <StartCampaignButton
        workplaceId={workplaceId}
        employer={employer}
        onStart={() => setStarting(true)}
      />
    );
  }
  return (
    <StageSelect
      idBase={`stage-${workplaceId}`}
      employer={employer}
      campaign={campaign}
      focusOnMount={starting}
    />
  );
}

interface StageSelectProps {
  idBase: string;
  employer: string;
  campaign: CampaignRef;
  focusOnMount: boolean;
}

function StageSelect({ idBase, employer, campaign, focusOnMount }: StageSelectProps) {
  const { t } = useTranslation();
  const change = useChangeStageMutation();
  const errorText = useErrorText();
  const fieldErrors = useFieldErrors(change.error);
  const [backTo, setBackTo] = useState<CampaignStage | null>(null);
  const [saved, setSaved] = useState<CampaignStage | null>(null);

  const shown = backTo ?? (change.isPending ? change.variables.stage : campaign.stage);

  const save = (stage: CampaignStage, note?: string) => {
    setSaved(null);
    change.mutate(
      { id: campaign.id, stage, version: campaign.version, note },
      {
        onSuccess: () => {
          setBackTo(null);
          setSaved(stage);
        },
        // Should the server judge a move backwards that this page did not, ask for the note.
        onError: (error) => {
          if (error instanceof ApiError && error.fields?.note) setBackTo(stage);
        },
      },
    );
  };

  const onSelect = (event: ChangeEvent<HTMLSelectElement>) => {
    if (change.isPending) return;
    const stage = event.target.value as CampaignStage;
    change.reset();
    setSaved(null);
    if (stage === campaign.stage) setBackTo(null);
    else if (isBackwards(campaign.stage, stage)) setBackTo(stage);
    else {
      setBackTo(null);
      save(stage);
    }
  };

  const statusId = `${idBase}-status`;
  const generalError = change.isError && !fieldErrors.note;

  return (
    <div className="stage-control">
      <select
        id={idBase}
        className={`stage-select stage-${shown}`}
        aria-label={t('workspace.stage.selectLabel', { employer })}
        aria-describedby={statusId}
        aria-busy={change.isPending || undefined}
        value={shown}
        // Only right after "Start a campaign" was pressed, which this list replaces.
        autoFocus={focusOnMount}
        onChange={onSelect}
      >
        <optgroup label={t('workspace.stage.pipeline')}>
          {pipelineStages.map((s) => (
            <option key={s} value={s}>
              {t(`workspace.stages.${s}`)}
            </option>
          ))}
        </optgroup>
        <optgroup label={t('workspace.stage.endings')}>
          {endStages.map((s) => (
            <option key={s} value={s}>
              {t(`workspace.stages.${s}`)}
            </option>
          ))}
        </optgroup>
      </select>
      {backTo && (
        <StageNoteForm
          id={`${idBase}-note`}
          labels={{
            label: t('workspace.stage.noteLabel', {
              from: t(`workspace.stages.${campaign.stage}`),
              to: t(`workspace.stages.${backTo}`),
            }),
            missing: t('workspace.fieldErrors.note'),
            save: t('workspace.stage.saveMove'),
            saving: t('workspace.actions.saving'),
            cancel: t('workspace.actions.cancel'),
          }}
          saving={change.isPending}
          serverError={fieldErrors.note}
          onSave={(note) => save(backTo, note)}
          onCancel={() => {
            change.reset();
            setBackTo(null);
          }}
        />
      )}
      <p id={statusId} className="stage-status" role="status">
        {change.isPending
          ? t('workspace.actions.saving')
          : saved
            ? t('workspace.stage.saved', { stage: t(`workspace.stages.${saved}`) })
            : ''}
      </p>
      {generalError && (
        <p className="field-error" role="alert">
          {isStale(change.error) ? t('workspace.stage.stale') : errorText(change.error)}
        </p>
      )}
    </div>
  );
}
