import { useState, type FormEvent } from 'react';
import type { CampaignStage } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/ui/field';

interface StageNoteFormProps {
  id: string;
  from: CampaignStage;
  to: CampaignStage;
  saving: boolean;
  serverError?: string;
  onSave: (note: string) => void;
  onCancel: () => void;
}

/** Asks why a campaign moves back (or out of an ending) before saving the move. */
export function StageNoteForm({
  id,
  from,
  to,
  saving,
  serverError,
  onSave,
  onCancel,
}: StageNoteFormProps) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!note.trim()) {
      setMissing(true);
      return;
    }
    onSave(note.trim());
  };

  return (
    <form className="stage-note" onSubmit={onSubmit} noValidate>
      <Field
        id={id}
        label={t('pods.stage.noteLabel', {
          from: t(`pods.stages.${from}`),
          to: t(`pods.stages.${to}`),
        })}
        error={missing && !note.trim() ? t('pods.stage.noteMissing') : serverError}
      >
        {(control) => (
          <textarea
            {...control}
            rows={2}
            value={note}
            // Asked for right after choosing the stage: the reader is already here.
            autoFocus
            onChange={(e) => setNote(e.target.value)}
          />
        )}
      </Field>
      <div className="button-row">
        <button type="submit" className="button button-small" disabled={saving}>
          {saving ? t('pods.actions.saving') : t('pods.stage.saveMove')}
        </button>
        <button type="button" className="button button-small button-secondary" onClick={onCancel}>
          {t('pods.actions.cancel')}
        </button>
      </div>
    </form>
  );
}
