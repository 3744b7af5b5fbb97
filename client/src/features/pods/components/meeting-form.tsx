import { useState, type FormEvent } from 'react';
import { meetingKinds, type PodMeetingCreate } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { CheckboxField, Field } from '../../../components/ui/field';
import { FormSubmit } from '../../../components/ui/form-submit';
import { useFieldErrors } from '../../../components/ui/use-field-errors';
import { useRecordMeetingMutation } from '../api/pod-mutations';

const today = () => new Date().toISOString().slice(0, 10);

/** Records a meeting or a training; a workplace-organizing training moves attendees to trained. */
export function MeetingForm({
  podId,
  onRecorded,
}: {
  podId: number;
  onRecorded: (id: number) => void;
}) {
  const { t } = useTranslation();
  const record = useRecordMeetingMutation(podId);
  const serverErrors = useFieldErrors(record.error);
  const [heldOn, setHeldOn] = useState(today);
  const [kind, setKind] = useState<PodMeetingCreate['kind']>('meeting');
  const [title, setTitle] = useState('');
  const [workplaceTraining, setWorkplaceTraining] = useState(false);
  const [missing, setMissing] = useState<{ title?: boolean; heldOn?: boolean }>({});

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const gaps = { title: !title.trim(), heldOn: !heldOn };
    setMissing(gaps);
    if (gaps.title || gaps.heldOn) return;
    record.mutate(
      {
        heldOn,
        kind,
        title: title.trim(),
        workplaceTraining: kind === 'training' && workplaceTraining,
      },
      {
        onSuccess: (meeting) => {
          setTitle('');
          setWorkplaceTraining(false);
          onRecorded(meeting.id);
        },
      },
    );
  };

  return (
    <form className="form form-grid" onSubmit={onSubmit} noValidate>
      <Field
        id="meeting-title"
        label={t('pods.meetings.fields.title')}
        error={missing.title ? t('pods.meetings.titleMissing') : serverErrors.title}
      >
        {(c) => <input {...c} value={title} onChange={(e) => setTitle(e.target.value)} />}
      </Field>
      <Field
        id="meeting-date"
        label={t('pods.meetings.fields.heldOn')}
        error={missing.heldOn ? t('pods.meetings.dateMissing') : serverErrors.heldOn}
      >
        {(c) => (
          <input {...c} type="date" value={heldOn} onChange={(e) => setHeldOn(e.target.value)} />
        )}
      </Field>
      <Field id="meeting-kind" label={t('pods.meetings.fields.kind')}>
        {(c) => (
          <select {...c} value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
            {meetingKinds.map((k) => (
              <option key={k} value={k}>
                {t(`pods.meetings.kinds.${k}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {kind === 'training' && (
        <CheckboxField
          id="meeting-workplace-training"
          label={t('pods.meetings.fields.workplaceTraining')}
          hint={t('pods.meetings.workplaceTrainingHint')}
          checked={workplaceTraining}
          onChange={setWorkplaceTraining}
          error={serverErrors.workplaceTraining}
        />
      )}
      <FormSubmit
        mutation={record}
        fieldErrors={serverErrors}
        label={t('pods.meetings.save')}
        savingLabel={t('pods.actions.saving')}
        doneLabel={t('pods.meetings.recorded')}
      />
    </form>
  );
}
