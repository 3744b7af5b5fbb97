import { useTranslation } from 'react-i18next';
import { CheckboxField, Field } from '../../../components/ui/field';

export interface UnionValues {
  unionMember: boolean;
  unionName: string;
  unionLocal: string;
  unionStaff: boolean;
}

interface UnionFieldsProps {
  values: UnionValues;
  errors: Record<string, string>;
  onChange: (values: UnionValues) => void;
}

/** The member's union, asked only once they say they have one, and the union-staffer opt-in. */
export function UnionFields({ values, errors, onChange }: UnionFieldsProps) {
  const { t } = useTranslation();
  const set = <K extends keyof UnionValues>(key: K, value: UnionValues[K]) =>
    onChange({ ...values, [key]: value });
  return (
    <fieldset className="form-wide fieldset">
      <legend>{t('workspace.me.unionLegend')}</legend>
      <CheckboxField
        id="me-unionMember"
        label={t('workspace.me.fields.unionMember')}
        checked={values.unionMember}
        error={errors.unionMember}
        onChange={(checked) => set('unionMember', checked)}
      />
      {values.unionMember && (
        <div className="form-grid nested">
          <Field
            id="me-unionName"
            label={t('workspace.me.fields.unionName')}
            error={errors.unionName}
          >
            {(control) => (
              <input
                {...control}
                value={values.unionName}
                onChange={(e) => set('unionName', e.target.value)}
              />
            )}
          </Field>
          <Field
            id="me-unionLocal"
            label={t('workspace.me.fields.unionLocal')}
            error={errors.unionLocal}
          >
            {(control) => (
              <input
                {...control}
                value={values.unionLocal}
                onChange={(e) => set('unionLocal', e.target.value)}
              />
            )}
          </Field>
        </div>
      )}
      <CheckboxField
        id="me-unionStaff"
        label={t('workspace.me.fields.unionStaff')}
        checked={values.unionStaff}
        error={errors.unionStaff}
        onChange={(checked) => set('unionStaff', checked)}
        hint={t('workspace.me.staffNote')}
      />
    </fieldset>
  );
}
