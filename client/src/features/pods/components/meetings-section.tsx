import { useState } from 'react';
import type { PodMember } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { CountValue } from '../../../components/ui/count-value';
import { Loading } from '../../../components/ui/loading';
import { QueryError } from '../../../components/ui/query-error';
import { useDateFormat } from '../../../lib/use-date-format';
import { usePodMeetings } from '../api/pods';
import { AttendanceForm } from './attendance-form';
import { MeetingForm } from './meeting-form';

interface MeetingsSectionProps {
  podId: number;
  members: readonly PodMember[];
  canRecord: boolean;
  canTakeAttendance: boolean;
}

/** The pod's meetings and trainings, newest first; coordinators record them and who came. */
export function MeetingsSection({
  podId,
  members,
  canRecord,
  canTakeAttendance,
}: MeetingsSectionProps) {
  const { t } = useTranslation();
  const dates = useDateFormat();
  const meetings = usePodMeetings(podId);
  // A meeting just recorded opens its attendance list: who came is the next thing to note.
  const [recorded, setRecorded] = useState<number | null>(null);

  return (
    <section className="pod-section" id="meetings" aria-labelledby="meetings-title">
      <h2 id="meetings-title">{t('pods.meetings.title')}</h2>
      {canRecord && (
        <details className="disclosure">
          <summary>{t('pods.meetings.record')}</summary>
          <MeetingForm podId={podId} onRecorded={setRecorded} />
        </details>
      )}
      {meetings.isPending ? (
        <Loading label={t('pods.meetings.loading')} />
      ) : meetings.isError ? (
        <QueryError error={meetings.error} onRetry={() => void meetings.refetch()} />
      ) : meetings.data.length === 0 ? (
        <p className="muted">{t('pods.meetings.empty')}</p>
      ) : (
        <ul className="meeting-list">
          {meetings.data.map((m) => (
            <li key={m.id} className="meeting" data-testid={`meeting-${m.id}`}>
              <p className="meeting-title">
                <strong>{m.title}</strong>{' '}
                <span className="badge">
                  {m.workplaceTraining
                    ? t('pods.meetings.workplaceTraining')
                    : t(`pods.meetings.kinds.${m.kind}`)}
                </span>
              </p>
              <p className="muted">
                <time dateTime={m.heldOn}>{dates.date(m.heldOn)}</time>
                {' · '}
                {t('pods.meetings.attended')} <CountValue value={m.attendees} />
              </p>
              {canTakeAttendance && (
                <AttendanceForm
                  podId={podId}
                  meeting={m}
                  members={members}
                  open={recorded === m.id}
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
