import { useState, type FormEvent } from 'react';
import { goalMetrics, type GoalMetric } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/ui/field';
import { FormSubmit } from '../../../components/ui/form-submit';
import { useFieldErrors } from '../../../components/ui/use-field-errors';
import { useAddGoalMutation } from '../api/pod-mutations';

// "Chapters with a labor committee" is not something a pod can count.
const podMetrics = goalMetrics.filter((m) => m !== 'chapters_with_committee');

/** Sets a new goal for the pod: a metric, a target and a due date (and, if wanted, a start). */
export function GoalForm({ podId }: { podId: number }) {
  const { t } = useTranslation();
  const add = useAddGoalMutation(podId);
  const serverErrors = useFieldErrors(add.error);
  const [metric, setMetric] = useState<GoalMetric>('members');
  const [target, setTarget] = useState('');
  const [startsOn, setStartsOn] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const n = Number(target);
    const found: Record<string, string> = {};
    if (!Number.isInteger(n) || n < 1) found.target = t('pods.goals.targetInvalid');
    if (!dueOn) found.dueOn = t('pods.goals.dueMissing');
    if (startsOn && dueOn && startsOn > dueOn) found.startsOn = t('pods.goals.startAfterDue');
    setErrors(found);
    if (Object.keys(found).length) return;
    add.mutate(
      { metric, target: n, dueOn, ...(startsOn && { startsOn }) },
      {
        onSuccess: () => {
          setTarget('');
          setStartsOn('');
          setDueOn('');
        },
      },
    );
  };

  return (
    <form className="form form-grid" onSubmit={onSubmit} noValidate>
      <Field id="goal-metric" label={t('pods.goals.metric')} error={serverErrors.metric}>
        {(c) => (
          <select {...c} value={metric} onChange={(e) => setMetric(e.target.value as GoalMetric)}>
            {podMetrics.map((m) => (
              <option key={m} value={m}>
                {t(`pods.goals.metrics.${m}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        id="goal-target"
        label={t('pods.goals.target')}
        error={errors.target ?? serverErrors.target}
      >
        {(c) => (
          <input
            {...c}
            type="number"
            min={1}
            inputMode="numeric"
            value={target}
            onChange={(e) => setTarget(e.target.value)}
          />
        )}
      </Field>
      <Field
        id="goal-starts"
        label={t('pods.goals.startsOn')}
        hint={t('pods.goals.startsOnHint')}
        error={errors.startsOn ?? serverErrors.startsOn}
      >
        {(c) => (
          <input
            {...c}
            type="date"
            value={startsOn}
            onChange={(e) => setStartsOn(e.target.value)}
          />
        )}
      </Field>
      <Field id="goal-due" label={t('pods.goals.dueOn')} error={errors.dueOn ?? serverErrors.dueOn}>
        {(c) => (
          <input {...c} type="date" value={dueOn} onChange={(e) => setDueOn(e.target.value)} />
        )}
      </Field>
      <FormSubmit
        mutation={add}
        fieldErrors={serverErrors}
        label={t('pods.goals.save')}
        savingLabel={t('pods.actions.saving')}
        doneLabel={t('pods.goals.added')}
      />
    </form>
  );
}
