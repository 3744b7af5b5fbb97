import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/ui/field';
import { FormSubmit } from '../../../components/ui/form-submit';
import { useFieldErrors } from '../../../components/ui/use-field-errors';
import { useCreateMentorshipMutation } from '../api/mentorships';
import { useChapterList } from '../api/places';
import { useReserve } from '../api/reserve';

/** Pairs a reserve organizer with a chapter building its labor formation. */
export function MentorshipCreateForm() {
  const { t } = useTranslation();
  const reserve = useReserve({});
  const chapters = useChapterList();
  const create = useCreateMentorshipMutation();
  const serverErrors = useFieldErrors(create.error);
  const [reserveId, setReserveId] = useState('');
  const [chapterId, setChapterId] = useState('');
  const [notes, setNotes] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const organizers = reserve.data?.pages.flatMap((p) => p.items) ?? [];
  // Southern chapters without a labor committee first: they are who the reserve is for.
  const chapterOptions = [...(chapters.data ?? [])].sort(
    (a, b) =>
      Number(b.isSouth && !b.hasLaborCommittee) - Number(a.isSouth && !a.hasLaborCommittee) ||
      a.name.localeCompare(b.name),
  );

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!reserveId) found.reserveId = t('growth.mentorships.form.pickOrganizer');
    if (!chapterId) found.chapterId = t('growth.mentorships.form.pickChapter');
    setErrors(found);
    if (Object.keys(found).length) return;
    create.mutate(
      {
        reserveId: Number(reserveId),
        chapterId: Number(chapterId),
        ...(notes.trim() && { notes: notes.trim() }),
      },
      {
        onSuccess: () => {
          setReserveId('');
          setChapterId('');
          setNotes('');
        },
      },
    );
  };
  const err = (field: string) => errors[field] ?? serverErrors[field];

  return (
    <form className="form form-grid" onSubmit={onSubmit} noValidate data-testid="mentorship-form">
      <Field
        id="mentorship-organizer"
        label={t('growth.mentorships.form.organizer')}
        error={err('reserveId')}
      >
        {(c) => (
          <select {...c} value={reserveId} onChange={(e) => setReserveId(e.target.value)}>
            <option value="">{t('growth.mentorships.form.choose')}</option>
            {organizers.map((o) => (
              <option key={o.id} value={o.id}>
                {t('growth.mentorships.form.organizerOption', {
                  name: `${o.firstName} ${o.lastName}`,
                  chapter: o.chapter.name,
                })}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        id="mentorship-chapter"
        label={t('growth.mentorships.form.chapter')}
        error={err('chapterId')}
      >
        {(c) => (
          <select {...c} value={chapterId} onChange={(e) => setChapterId(e.target.value)}>
            <option value="">{t('growth.mentorships.form.choose')}</option>
            {chapterOptions.map((ch) => (
              <option key={ch.id} value={ch.id}>
                {ch.isSouth && !ch.hasLaborCommittee
                  ? t('growth.mentorships.form.chapterNoCommittee', {
                      chapter: ch.name,
                      state: ch.state,
                    })
                  : t('growth.mentorships.form.chapterOption', {
                      chapter: ch.name,
                      state: ch.state,
                    })}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        id="mentorship-notes"
        label={t('growth.mentorships.notes')}
        className="form-wide"
        error={err('notes')}
      >
        {(c) => (
          <textarea {...c} rows={2} value={notes} onChange={(e) => setNotes(e.target.value)} />
        )}
      </Field>
      <FormSubmit
        mutation={create}
        fieldErrors={serverErrors}
        label={t('growth.mentorships.form.submit')}
        savingLabel={t('growth.actions.saving')}
        doneLabel={t('growth.mentorships.form.created')}
      />
    </form>
  );
}
