import { useState, type ChangeEvent } from 'react';
import type { UseMutationResult } from '@tanstack/react-query';
import {
  endStages,
  isBackwards,
  pipelineStages,
  type CampaignStage,
  type StageChange,
} from '@shopfloor/shared';
import { ApiError } from '../../lib/http';
import { useErrorText } from './query-error';
import { StageMark } from './stage-mark';
import { StageNoteForm } from './stage-note-form';
import { isStale, useFieldErrors } from './use-field-errors';
import './ui.css';

/** What the select says, in the words of the page it is on. */
export interface StageSelectText {
  /** The select's name, e.g. "Campaign stage at Duke University Hospital". */
  label: string;
  pipeline: string;
  endings: string;
  stageName: (stage: CampaignStage) => string;
  saved: (stage: CampaignStage) => string;
  noteLabel: (from: CampaignStage, to: CampaignStage) => string;
  noteMissing: string;
  saveMove: string;
  saving: string;
  cancel: string;
  /** Someone else changed the campaign first. */
  stale: string;
}

interface StageSelectProps {
  id: string;
  campaign: { id: number; stage: CampaignStage; version: number };
  /** The feature's stage mutation: it knows which of its pages to refresh. */
  change: UseMutationResult<unknown, Error, StageChange & { id: number }>;
  text: StageSelectText;
  /** Only right after "Start a campaign" was pressed, which this list replaces. */
  autoFocus?: boolean;
}

/**
 * A campaign's stage in two clicks: open the list, pick a stage; it saves at once. Moving back
 * (or out of an ending) first asks why, as the committee's record needs it.
 */
export function StageSelect({ id, campaign, change, text, autoFocus }: StageSelectProps) {
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

  const statusId = `${id}-status`;
  const options = (stages: readonly CampaignStage[]) =>
    stages.map((s) => (
      <option key={s} value={s}>
        {text.stageName(s)}
      </option>
    ));
  return (
    <div className="stage-control">
      <div className="stage-pick">
        <StageMark stage={shown} />
        <select
          id={id}
          className="stage-select"
          aria-label={text.label}
          aria-describedby={statusId}
          aria-busy={change.isPending || undefined}
          value={shown}
          autoFocus={autoFocus}
          onChange={onSelect}
        >
          <optgroup label={text.pipeline}>{options(pipelineStages)}</optgroup>
          <optgroup label={text.endings}>{options(endStages)}</optgroup>
        </select>
      </div>
      {backTo && (
        <StageNoteForm
          id={`${id}-note`}
          labels={{
            label: text.noteLabel(campaign.stage, backTo),
            missing: text.noteMissing,
            save: text.saveMove,
            saving: text.saving,
            cancel: text.cancel,
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
        {change.isPending ? text.saving : saved ? text.saved(saved) : ''}
      </p>
      {change.isError && !fieldErrors.note && (
        <p className="field-error" role="alert">
          {isStale(change.error) ? text.stale : errorText(change.error)}
        </p>
      )}
    </div>
  );
}
