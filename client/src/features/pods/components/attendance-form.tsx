import { useState, type FormEvent } from 'react';
import type { PodMeeting, PodMember } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../components/ui/query-error';
import { useAttendanceMutation } from '../api/pod-mutations';

interface AttendanceFormProps {
  podId: number;
  meeting: PodMeeting;
  members: readonly PodMember[];
  open: boolean;
}

/** Who came to a meeting, ticked off the pod's members; saving replaces what was recorded. */
export function AttendanceForm({ podId, meeting, members, open }: AttendanceFormProps) {
  const { t } = useTranslation();
  const save = useAttendanceMutation(podId);
  const errorText = useErrorText();
  const [present, setPresent] = useState(() => new Set(meeting.attendeeIds ?? []));
  const name = (id: number) => {
    const m = members.find((x) => x.id === id);
    return m ? `${m.firstName} ${m.lastName}` : `#${id}`;
  };

  const toggle = (id: number, on: boolean) => {
    const next = new Set(present);
    if (on) next.add(id);
    else next.delete(id);
    setPresent(next);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save.mutate({ meetingId: meeting.id, memberIds: [...present] });
  };

  const idBase = `attendance-${meeting.id}`;
  return (
    <details className="attendance" open={open || undefined}>
      <summary>{t('pods.attendance.open', { title: meeting.title })}</summary>
      <form onSubmit={onSubmit} noValidate>
        <fieldset className="fieldset">
          <legend>{t('pods.attendance.legend')}</legend>
          <ul className="check-list">
            {members.map((m) => (
              <li key={m.id} className="checkbox-row">
                <input
                  id={`${idBase}-${m.id}`}
                  type="checkbox"
                  checked={present.has(m.id)}
                  onChange={(e) => toggle(m.id, e.target.checked)}
                />
                <label htmlFor={`${idBase}-${m.id}`}>
                  {m.firstName} {m.lastName}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <div className="button-row">
          <button type="submit" className="button button-small" disabled={save.isPending}>
            {save.isPending ? t('pods.actions.saving') : t('pods.attendance.save')}
          </button>
        </div>
        <p className="control-status" role="status">
          {save.isSuccess &&
            (save.data.trained.length
              ? t('pods.attendance.savedTrained', {
                  count: save.data.trained.length,
                  names: save.data.trained.map(name).join(', '),
                })
              : t('pods.attendance.saved'))}
        </p>
        {save.isError && (
          <p className="field-error" role="alert">
            {errorText(save.error)}
          </p>
        )}
      </form>
    </details>
  );
}
