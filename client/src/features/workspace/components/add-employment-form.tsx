import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField, Field } from '../../../components/ui/field';
import { useFieldErrors } from '../../../components/ui/use-field-errors';
import { useAddEmploymentMutation } from '../api/members';
import { useWorkplaceChoices } from '../api/workplaces';
import { FormError } from './form-error';

interface AddEmploymentFormProps {
  chapterId: number;
  memberId: number;
}

/** Links the member to one of the chapter's workplaces; the list loads when the form opens. */
export function AddEmploymentForm({ chapterId, memberId }: AddEmploymentFormProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const choices = useWorkplaceChoices(chapterId, open);
  const add = useAddEmploymentMutation(memberId);
  const errors = useFieldErrors(add.error);
  const [workplaceId, setWorkplaceId] = useState('');
  const [jobTitle, setJobTitle] = useState('');
  const [since, setSince] = useState('');
  const [steward, setSteward] = useState(false);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    add.mutate(
      {
        workplaceId: Number(workplaceId),
        jobTitle: jobTitle.trim() || null,
        since: since || null,
        shopSteward: steward,
      },
      {
        onSuccess: () => {
          setWorkplaceId('');
          setJobTitle('');
          setSince('');
          setSteward(false);
        },
      },
    );
  };

  return (
    <details className="disclosure" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('workspace.member.addJob')}</summary>
      {add.isSuccess && (
        <div className="notice" role="status">
          <p>{t('workspace.member.jobAdded')}</p>
        </div>
      )}
      <form className="form form-grid" onSubmit={onSubmit} noValidate>
        <FormError error={add.error} />
        <Field
          id="job-workplace"
          label={t('workspace.member.workplace')}
          error={errors.workplaceId}
        >
          {(c) => (
            <select
              {...c}
              required
              value={workplaceId}
              disabled={choices.isPending}
              onChange={(e) => setWorkplaceId(e.target.value)}
            >
              <option value="">
                {choices.isPending
                  ? t('workspace.member.loadingWorkplaces')
                  : t('workspace.member.chooseWorkplace')}
              </option>
              {choices.data?.map((w) => (
                <option key={w.id} value={w.id}>
                  {[w.employer, w.siteName, w.zip].filter(Boolean).join(' · ')}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="job-title" label={t('workspace.fields.jobTitle')} error={errors.jobTitle}>
          {(c) => <input {...c} value={jobTitle} onChange={(e) => setJobTitle(e.target.value)} />}
        </Field>
        <Field id="job-since" label={t('workspace.member.sinceLabel')} error={errors.since}>
          {(c) => (
            <input {...c} type="date" value={since} onChange={(e) => setSince(e.target.value)} />
          )}
        </Field>
        <CheckboxField
          id="job-steward"
          label={t('workspace.fields.shopSteward')}
          checked={steward}
          onChange={setSteward}
        />
        <div className="form-actions">
          <button type="submit" className="button" disabled={add.isPending || !workplaceId}>
            {add.isPending ? t('workspace.actions.saving') : t('workspace.member.addJobSubmit')}
          </button>
        </div>
      </form>
    </details>
  );
}
