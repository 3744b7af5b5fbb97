import { useState, type FormEvent } from 'react';
import { mentorshipStatuses, type Mentorship, type MentorshipStatus } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/ui/field';
import { useErrorText } from '../../../components/ui/query-error';
import { isStale, useFieldErrors } from '../../../components/ui/use-field-errors';
import { useDateFormat } from '../../../lib/use-date-format';
import { useUpdateMentorshipMutation } from '../api/mentorships';

/** Where a mentorship can go next: proposed → active → ended, and an ended one stays ended. */
const nextStatuses: Record<MentorshipStatus, readonly MentorshipStatus[]> = {
  proposed: mentorshipStatuses,
  active: ['active', 'ended'],
  ended: ['ended'],
};

function UpdateForm({ mentorship: m, onDone }: { mentorship: Mentorship; onDone: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateMentorshipMutation(m.id);
  const serverErrors = useFieldErrors(update.error);
  const errorText = useErrorText();
  const [status, setStatus] = useState<MentorshipStatus>(m.status);
  const [notes, setNotes] = useState(m.notes ?? '');
  const id = `mentorship-${m.id}`;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    update.mutate(
      {
        version: m.version,
        ...(status !== m.status && { status }),
        ...(notes.trim() !== (m.notes ?? '') && { notes: notes.trim() }),
      },
      { onSuccess: onDone },
    );
  };

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <Field id={`${id}-status`} label={t('growth.mentorships.status')} error={serverErrors.status}>
        {(c) => (
          <select
            {...c}
            value={status}
            onChange={(e) => setStatus(e.target.value as MentorshipStatus)}
          >
            {nextStatuses[m.status].map((s) => (
              <option key={s} value={s}>
                {t(`growth.mentorships.statuses.${s}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={`${id}-notes`} label={t('growth.mentorships.notes')} error={serverErrors.notes}>
        {(c) => (
          <textarea {...c} rows={3} value={notes} onChange={(e) => setNotes(e.target.value)} />
        )}
      </Field>
      {update.isError && Object.keys(serverErrors).length === 0 && (
        <p className="field-error" role="alert">
          {isStale(update.error) ? t('growth.mentorships.stale') : errorText(update.error)}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button button-small" disabled={update.isPending}>
          {update.isPending ? t('growth.actions.saving') : t('growth.actions.save')}
        </button>
        <button type="button" className="button button-secondary button-small" onClick={onDone}>
          {t('growth.actions.cancel')}
        </button>
      </div>
    </form>
  );
}

/** One mentorship: who supports whom, since when, its notes; national staff move it on. */
export function MentorshipItem({ mentorship: m }: { mentorship: Mentorship }) {
  const { t } = useTranslation();
  const dates = useDateFormat();
  const [editing, setEditing] = useState(false);
  const mentee = m.chapter
    ? t('growth.mentorships.chapter', { chapter: m.chapter.name, state: m.chapter.state })
    : t('growth.mentorships.member', { id: m.memberId });
  const mentor = `${m.mentor.firstName} ${m.mentor.lastName}`;
  const headingId = `mentorship-${m.id}-title`;

  return (
    <li className="mentorship" data-testid={`mentorship-${m.id}`}>
      <div className="mentorship-head">
        <h3 id={headingId}>{t('growth.mentorships.pair', { mentor, mentee })}</h3>
        <span className={`badge mentorship-${m.status}`}>
          {t(`growth.mentorships.statuses.${m.status}`)}
        </span>
      </div>
      <p className="muted">
        {t('growth.mentorships.mentorFrom', { chapter: m.mentor.chapterName })}
        {!m.mentor.inReserve && ` ${t('growth.mentorships.leftReserve')}`}
      </p>
      <p className="muted">
        {m.endedOn
          ? t('growth.mentorships.ranFrom', {
              from: m.startedOn ? dates.date(m.startedOn) : dates.date(m.createdAt.slice(0, 10)),
              to: dates.date(m.endedOn),
            })
          : m.startedOn
            ? t('growth.mentorships.activeSince', { date: dates.date(m.startedOn) })
            : t('growth.mentorships.proposedOn', { date: dates.date(m.createdAt.slice(0, 10)) })}
      </p>
      {m.notes && <p className="mentorship-notes">{m.notes}</p>}
      {editing ? (
        <UpdateForm mentorship={m} onDone={() => setEditing(false)} />
      ) : (
        <button
          type="button"
          className="button button-secondary button-small"
          aria-label={t('growth.mentorships.updateOne', {
            pair: t('growth.mentorships.pair', { mentor, mentee }),
          })}
          onClick={() => setEditing(true)}
        >
          {t('growth.mentorships.update')}
        </button>
      )}
    </li>
  );
}
