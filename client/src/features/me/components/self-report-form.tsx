import { useState, type FormEvent } from 'react';
import type { Employment, IndustryCode, Member } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/ui/field';
import { useErrorText } from '../../../components/ui/query-error';
import { useFieldErrors } from '../../../components/ui/use-field-errors';
import { useIndustries } from '../../../lib/industries';
import { ApiError } from '../../../lib/http';
import { useSelfReportMutation } from '../api';
import { UnionFields, type UnionValues } from './union-fields';

interface SelfReportFormProps {
  member: Member;
  current: Employment | null;
}

type WorkValues = Record<'employer' | 'siteName' | 'zip' | 'industry' | 'jobTitle', string>;

/** "Where I work": the member tells the chapter their workplace, their union, and if they are staff. */
export function SelfReportForm({ member, current }: SelfReportFormProps) {
  const { t } = useTranslation();
  const industries = useIndustries();
  const report = useSelfReportMutation();
  const errors = useFieldErrors(report.error);
  const errorText = useErrorText();
  const [work, setWork] = useState<WorkValues>({
    employer: current?.employer ?? '',
    siteName: current?.siteName ?? '',
    // The whole current workplace, so changing one answer (a new job title) keeps the others.
    zip: current?.zip ?? '',
    industry: current?.industry ?? '',
    jobTitle: current?.jobTitle ?? '',
  });
  const [union, setUnion] = useState<UnionValues>({
    unionMember: member.unionMember,
    unionName: member.unionName ?? '',
    unionLocal: member.unionLocal ?? '',
    unionStaff: member.unionStaff,
  });
  const set = (key: keyof WorkValues) => (value: string) => {
    setWork((w) => ({ ...w, [key]: value }));
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    report.mutate({
      employer: work.employer.trim(),
      siteName: work.siteName.trim() || null,
      zip: work.zip.trim(),
      industry: (work.industry || null) as IndustryCode | null,
      jobTitle: work.jobTitle.trim() || null,
      unionMember: union.unionMember,
      unionName: union.unionMember ? union.unionName.trim() || null : null,
      unionLocal: union.unionMember ? union.unionLocal.trim() || null : null,
      unionStaff: union.unionStaff,
    });
  };

  const text = (name: keyof Omit<WorkValues, 'industry'>, extra: object, hint?: string) => (
    <Field
      id={`me-${name}`}
      label={t(`workspace.me.fields.${name}`)}
      hint={hint}
      error={errors[name]}
    >
      {(control) => (
        <input
          {...control}
          {...extra}
          value={work[name]}
          onChange={(e) => set(name)(e.target.value)}
        />
      )}
    </Field>
  );
  const hasFieldErrors = report.error instanceof ApiError && Boolean(report.error.fields);

  return (
    <section className="card" aria-labelledby="self-report">
      <h2 id="self-report">{t('workspace.me.formTitle')}</h2>
      <p className="privacy-note">{t('workspace.me.privacy')}</p>
      <form className="form form-grid" onSubmit={onSubmit} noValidate>
        {report.isSuccess && (
          <div className="notice notice-success form-wide" role="status">
            <p>{t('workspace.me.saved')}</p>
          </div>
        )}
        {report.isError && (
          <div className="notice notice-error form-wide" role="alert">
            <p>{hasFieldErrors ? t('workspace.errors.checkFields') : errorText(report.error)}</p>
          </div>
        )}
        {text('employer', { required: true, autoComplete: 'organization' })}
        {text('siteName', {}, t('workspace.me.hints.siteName'))}
        {text(
          'zip',
          { required: true, inputMode: 'numeric', autoComplete: 'off', maxLength: 10 },
          t('workspace.me.hints.zip'),
        )}
        <Field id="me-industry" label={t('workspace.me.fields.industry')} error={errors.industry}>
          {(control) => (
            <select
              {...control}
              value={work.industry}
              onChange={(e) => set('industry')(e.target.value)}
            >
              <option value="">{t('workspace.me.industryUnknown')}</option>
              {industries.options.map((o) => (
                <option key={o.code} value={o.code}>
                  {o.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        {text('jobTitle', { autoComplete: 'organization-title' })}
        <UnionFields values={union} errors={errors} onChange={setUnion} />
        <div className="form-actions">
          <button type="submit" className="button" disabled={report.isPending}>
            {report.isPending ? t('workspace.actions.saving') : t('workspace.me.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
