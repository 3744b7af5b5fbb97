import { useState, type FormEvent } from 'react';
import { Field } from './field';

export interface StageNoteLabels {
  label: string;
  missing: string;
  save: string;
  saving: string;
  cancel: string;
}

interface StageNoteFormProps {
  id: string;
  labels: StageNoteLabels;
  saving: boolean;
  serverError?: string;
  onSave: (note: string) => void;
  onCancel: () => void;
}

/** Asks why a campaign moves back (or out of an ending) before saving the move. */
export function StageNoteForm({
  id,
  labels,
  saving,
  serverError,
  onSave,
  onCancel,
}: StageNoteFormProps) {
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
        label={labels.label}
        error={missing && !note.trim() ? labels.missing : serverError}
      >
        {(control) => (
          <textarea
            {...control}
            rows={2}
            value={note}
            // The note is asked for right after choosing the stage: the reader is already here.
            autoFocus
            onChange={(e) => setNote(e.target.value)}
          />
        )}
      </Field>
      <div className="button-row">
        <button type="submit" className="button button-small" disabled={saving}>
          {saving ? labels.saving : labels.save}
        </button>
        <button type="button" className="button button-small button-secondary" onClick={onCancel}>
          {labels.cancel}
        </button>
      </div>
    </form>
  );
}
