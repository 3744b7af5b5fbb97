import { useState, type ChangeEvent } from 'react';
import { endStages, pipelineStages, type CampaignStage } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../components/ui/query-error';
import { isStale, useFieldErrors } from '../../../components/ui/use-field-errors';
import { ApiError } from '../../../lib/http';
import { useChangeStageMutation } from '../api/campaigns';
import { isBackwards } from '../lib/stages';
import { StageNoteForm } from '../../../components/ui/stage-note-form';

interface StageSelectProps {
  idBase: string;
  /** The workplace, to name the select. */
  name: string;
  campaign: { id: number; stage: CampaignStage; version: number };
}

/**
 * A campaign's stage in two clicks: open the list, pick a stage; it saves at once. Moving back
 * (or out of an ending) first asks why, as the committee's record needs it.
 */
export function StageSelect({ idBase, name, campaign }: StageSelectProps) {
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
  return (
    <div className="inline-control">
      <select
        id={idBase}
        className={`stage-select stage-${shown}`}
        aria-label={t('pods.workplaces.stageLabel', { name })}
        aria-describedby={statusId}
        aria-busy={change.isPending || undefined}
        value={shown}
        onChange={onSelect}
      >
        <optgroup label={t('pods.stage.pipeline')}>
          {pipelineStages.map((s) => (
            <option key={s} value={s}>
              {t(`pods.stages.${s}`)}
            </option>
          ))}
        </optgroup>
        <optgroup label={t('pods.stage.endings')}>
          {endStages.map((s) => (
            <option key={s} value={s}>
              {t(`pods.stages.${s}`)}
            </option>
          ))}
        </optgroup>
      </select>
      {backTo && (
        <StageNoteForm
          id={`${idBase}-note`}
          labels={{
            label: t('pods.stage.noteLabel', {
              from: t(`pods.stages.${campaign.stage}`),
              to: t(`pods.stages.${backTo}`),
            }),
            missing: t('pods.stage.noteMissing'),
            save: t('pods.stage.saveMove'),
            saving: t('pods.actions.saving'),
            cancel: t('pods.actions.cancel'),
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
      <p id={statusId} className="control-status" role="status">
        {change.isPending
          ? t('pods.actions.saving')
          : saved
            ? t('pods.stage.saved', { stage: t(`pods.stages.${saved}`) })
            : ''}
      </p>
      {change.isError && !fieldErrors.note && (
        <p className="field-error" role="alert">
          {isStale(change.error) ? t('pods.errors.stale') : errorText(change.error)}
        </p>
      )}
    </div>
  );
}
