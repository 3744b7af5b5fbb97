import { useState, type FormEvent } from 'react';
import {
  unionStatuses,
  workplaceSizes,
  type IndustryCode,
  type UnionStatus,
  type WorkplaceCreate,
} from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/ui/field';
import { useFieldErrors } from '../../../components/ui/use-field-errors';
import { useIndustries } from '../../../lib/industries';
import { FormError } from './form-error';

export interface WorkplaceFormValues {
  employer: string;
  siteName: string;
  address: string;
  zip: string;
  industry: string;
  size: string;
  unionStatus: UnionStatus;
  unionName: string;
}

export const emptyWorkplace: WorkplaceFormValues = {
  employer: '',
  siteName: '',
  address: '',
  zip: '',
  industry: '',
  size: '',
  unionStatus: 'unknown',
  unionName: '',
};

/** The form's text as the API wants it: blanks become null. */
export function toWorkplaceBody(v: WorkplaceFormValues): WorkplaceCreate {
  return {
    employer: v.employer.trim(),
    siteName: v.siteName.trim() || null,
    address: v.address.trim() || null,
    zip: v.zip.trim(),
    industry: (v.industry || null) as IndustryCode | null,
    size: (v.size || null) as WorkplaceCreate['size'],
    unionStatus: v.unionStatus,
    unionName: v.unionName.trim() || null,
  };
}

interface WorkplaceFormProps {
  idPrefix: string;
  initial: WorkplaceFormValues;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (values: WorkplaceFormValues) => void;
}

/** A workplace's facts, for adding one or changing one; the server's field errors show below each. */
export function WorkplaceForm(props: WorkplaceFormProps) {
  const { idPrefix, initial, submitLabel, pending, error, onSubmit } = props;
  const { t } = useTranslation();
  const industries = useIndustries();
  const errors = useFieldErrors(error);
  const [values, setValues] = useState(initial);
  const set = (key: keyof WorkplaceFormValues) => (value: string) =>
    setValues((v) => ({ ...v, [key]: value }));
  const id = (name: string) => `${idPrefix}-${name}`;

  const text = (name: 'employer' | 'siteName' | 'address' | 'zip' | 'unionName', extra = {}) => (
    <Field id={id(name)} label={t(`workspace.fields.${name}`)} error={errors[name]}>
      {(control) => (
        <input
          {...control}
          {...extra}
          value={values[name]}
          onChange={(e) => set(name)(e.target.value)}
        />
      )}
    </Field>
  );

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit(values);
  };

  return (
    <form className="form form-grid" onSubmit={submit} noValidate>
      <FormError error={error} />
      {text('employer', { required: true, autoComplete: 'organization' })}
      {text('siteName')}
      {text('address', { autoComplete: 'street-address' })}
      {text('zip', { inputMode: 'numeric', autoComplete: 'postal-code', required: true })}
      <Field id={id('industry')} label={t('workspace.fields.industry')} error={errors.industry}>
        {(control) => (
          <select
            {...control}
            value={values.industry}
            onChange={(e) => set('industry')(e.target.value)}
          >
            <option value="">{t('workspace.fields.notKnown')}</option>
            {industries.options.map((o) => (
              <option key={o.code} value={o.code}>
                {o.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={id('size')} label={t('workspace.fields.size')} error={errors.size}>
        {(control) => (
          <select {...control} value={values.size} onChange={(e) => set('size')(e.target.value)}>
            <option value="">{t('workspace.fields.notKnown')}</option>
            {workplaceSizes.map((s) => (
              <option key={s} value={s}>
                {t('workspace.fields.sizeValue', { size: s })}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        id={id('unionStatus')}
        label={t('workspace.fields.unionStatus')}
        error={errors.unionStatus}
      >
        {(control) => (
          <select
            {...control}
            value={values.unionStatus}
            onChange={(e) => set('unionStatus')(e.target.value)}
          >
            {unionStatuses.map((s) => (
              <option key={s} value={s}>
                {t(`workspace.unionStatus.${s}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {text('unionName')}
      <div className="form-actions">
        <button type="submit" className="button" disabled={pending}>
          {pending ? t('workspace.actions.saving') : submitLabel}
        </button>
      </div>
    </form>
  );
}
