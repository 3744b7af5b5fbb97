import { useId, useState, type FormEvent } from 'react';
import { campaignStages, isBackwards, type CampaignStage } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../components/ui/query-error';
import { ApiError } from '../../../lib/http';
import { useStageMutation, useStartCampaignMutation } from '../api';
import type { WorkplaceView } from '../workplace-view';

type Report = (text: string, isError: boolean) => void;

function useReportError(report: Report) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  return (error: unknown) =>
    report(
      error instanceof ApiError && error.status === 409
        ? t('maps.workplace.stale')
        : errorText(error),
      true,
    );
}

function StartCampaign({ workplaceId, report }: { workplaceId: number; report: Report }) {
  const { t } = useTranslation();
  const start = useStartCampaignMutation();
  const reportError = useReportError(report);
  return (
    <button
      type="button"
      className="button"
      disabled={start.isPending}
      onClick={() =>
        start.mutate(workplaceId, {
          onSuccess: () => report(t('maps.workplace.started'), false),
          onError: reportError,
        })
      }
    >
      {start.isPending ? t('maps.workplace.starting') : t('maps.workplace.start')}
    </button>
  );
}

interface StageFormProps {
  campaignId: number;
  current: CampaignStage;
  version: number;
  report: Report;
}

/** The stage select; moving back asks for a note first, as the server will. */
function StageForm({ campaignId, current, version, report }: StageFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [stage, setStage] = useState<CampaignStage>(current);
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string | null>(null);
  const mutation = useStageMutation();
  const reportError = useReportError(report);
  const needsNote = isBackwards(current, stage);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (stage === current) return report(t('maps.workplace.sameStage'), true);
    if (needsNote && !note.trim()) return setNoteError(t('maps.workplace.noteHelp'));
    setNoteError(null);
    mutation.mutate(
      { campaignId, stage, version, ...(note.trim() ? { note: note.trim() } : {}) },
      {
        onSuccess: () => report(t('maps.workplace.saved'), false),
        onError: (error) => {
          if (error instanceof ApiError && error.fields?.note) setNoteError(error.fields.note);
          else reportError(error);
        },
      },
    );
  };

  return (
    <form className="stage-form" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={`${id}-stage`}>{t('maps.workplace.newStage')}</label>
        <select
          id={`${id}-stage`}
          value={stage}
          onChange={(e) => setStage(e.target.value as CampaignStage)}
        >
          {campaignStages.map((s) => (
            <option key={s} value={s}>
              {t(`maps.stages.${s}`)}
            </option>
          ))}
        </select>
      </div>
      {needsNote && (
        <div className="field">
          <label htmlFor={`${id}-note`}>{t('maps.workplace.note')}</label>
          <textarea
            id={`${id}-note`}
            rows={2}
            value={note}
            required
            aria-invalid={noteError ? true : undefined}
            aria-describedby={`${id}-note-help`}
            onChange={(e) => setNote(e.target.value)}
          />
          <p id={`${id}-note-help`} className={noteError ? 'field-error' : 'muted field-help'}>
            {noteError ?? t('maps.workplace.noteHelp')}
          </p>
        </div>
      )}
      <button type="submit" className="button" disabled={mutation.isPending}>
        {mutation.isPending ? t('maps.workplace.saving') : t('maps.workplace.save')}
      </button>
    </form>
  );
}

/**
 * A workplace's campaign, moved on in two steps: pick a stage, save. Without a campaign, one
 * button starts a union drive. The message outlives the form, which starts afresh with each new
 * version of the campaign.
 */
export function StageUpdate({ workplace }: { workplace: WorkplaceView }) {
  const [message, setMessage] = useState<{ text: string; isError: boolean } | null>(null);
  const report: Report = (text, isError) => setMessage({ text, isError });
  const { campaignId, stage, campaignVersion } = workplace;
  return (
    <div className="stage-update">
      {campaignId === null || stage === null || campaignVersion === null ? (
        <StartCampaign workplaceId={workplace.id} report={report} />
      ) : (
        <StageForm
          key={`${campaignId}:${campaignVersion}`}
          campaignId={campaignId}
          current={stage}
          version={campaignVersion}
          report={report}
        />
      )}
      {message && (
        <p
          className={message.isError ? 'field-error' : 'stage-saved'}
          role={message.isError ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      )}
    </div>
  );
}
