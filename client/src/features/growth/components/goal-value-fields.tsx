import type { GoalMetric } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/ui/field';

/** A goal's own values as typed: what it counts, its target and its dates. */
export interface GoalValues {
  metric: GoalMetric;
  target: string;
  startsOn: string;
  dueOn: string;
}

interface GoalValueFieldsProps {
  idPrefix: string;
  metrics: readonly GoalMetric[];
  values: GoalValues;
  onChange: (values: GoalValues) => void;
  /** The error to show under a field (the form's own check, else the server's). */
  error: (field: keyof GoalValues) => string | undefined;
  startsHint?: string;
}

/** Metric, target, start and due date: the fields a new goal and a changed one share. */
export function GoalValueFields({
  idPrefix,
  metrics,
  values,
  onChange,
  error,
  startsHint,
}: GoalValueFieldsProps) {
  const { t } = useTranslation();
  const set = (patch: Partial<GoalValues>) => onChange({ ...values, ...patch });
  return (
    <>
      <Field
        id={`${idPrefix}-metric`}
        label={t('growth.goals.form.metric')}
        error={error('metric')}
      >
        {(c) => (
          <select
            {...c}
            value={values.metric}
            onChange={(e) => set({ metric: e.target.value as GoalMetric })}
          >
            {metrics.map((m) => (
              <option key={m} value={m}>
                {t(`growth.metricLabels.${m}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        id={`${idPrefix}-target`}
        label={t('growth.goals.form.target')}
        error={error('target')}
      >
        {(c) => (
          <input
            {...c}
            type="number"
            min={1}
            step={1}
            inputMode="numeric"
            value={values.target}
            onChange={(e) => set({ target: e.target.value })}
          />
        )}
      </Field>
      <Field
        id={`${idPrefix}-starts`}
        label={t('growth.goals.form.startsOn')}
        hint={startsHint}
        error={error('startsOn')}
      >
        {(c) => (
          <input
            {...c}
            type="date"
            value={values.startsOn}
            onChange={(e) => set({ startsOn: e.target.value })}
          />
        )}
      </Field>
      <Field id={`${idPrefix}-due`} label={t('growth.goals.form.dueOn')} error={error('dueOn')}>
        {(c) => (
          <input
            {...c}
            type="date"
            value={values.dueOn}
            onChange={(e) => set({ dueOn: e.target.value })}
          />
        )}
      </Field>
    </>
  );
}
