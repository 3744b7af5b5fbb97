import { useState, type FormEvent } from 'react';
import type { GoalPatch, GoalStatus } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../components/ui/query-error';
import { isStale, useFieldErrors } from '../../../components/ui/use-field-errors';
import { useUpdateGoalMutation } from '../api/goals';
import { metricsFor } from '../lib/goal-rights';
import { GoalValueFields, type GoalValues } from './goal-value-fields';

interface GoalEditFormProps {
  goal: GoalStatus;
  onDone: () => void;
}

/** Changes a goal's metric, target or dates; only what changed is sent, with the version read. */
export function GoalEditForm({ goal, onDone }: GoalEditFormProps) {
  const { t } = useTranslation();
  const update = useUpdateGoalMutation(goal.id);
  const serverErrors = useFieldErrors(update.error);
  const errorText = useErrorText();
  const [values, setValues] = useState<GoalValues>({
    metric: goal.metric,
    target: String(goal.target),
    startsOn: goal.startsOn ?? '',
    dueOn: goal.dueOn,
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const idPrefix = `goal-${goal.id}`;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const target = Number(values.target);
    const found: Record<string, string> = {};
    if (values.target.trim() === '' || !Number.isInteger(target))
      found.target = t('growth.goals.form.targetWhole');
    if (!values.dueOn) found.dueOn = t('growth.goals.form.dueMissing');
    setErrors(found);
    if (Object.keys(found).length) return;
    // The version is the one on screen now: after a 409 the list has reloaded it.
    const patch: GoalPatch = { version: goal.version };
    if (values.metric !== goal.metric) patch.metric = values.metric;
    if (target !== goal.target) patch.target = target;
    if ((values.startsOn || null) !== goal.startsOn) patch.startsOn = values.startsOn || null;
    if (values.dueOn !== goal.dueOn) patch.dueOn = values.dueOn;
    if (Object.keys(patch).length === 1) {
      onDone();
      return;
    }
    update.mutate(patch, { onSuccess: onDone });
  };

  const err = (field: string) => errors[field] ?? serverErrors[field];
  const unexplained = update.isError && Object.keys(serverErrors).length === 0;

  return (
    <form
      className="form form-grid goal-edit"
      onSubmit={onSubmit}
      noValidate
      aria-label={t('growth.goals.form.editLabel')}
    >
      <GoalValueFields
        idPrefix={idPrefix}
        metrics={metricsFor(goal.scope)}
        values={values}
        onChange={setValues}
        error={err}
      />
      {unexplained && (
        <p className="field-error form-wide" role="alert">
          {isStale(update.error) ? t('growth.goals.form.stale') : errorText(update.error)}
        </p>
      )}
      <div className="form-actions button-row">
        <button type="submit" className="button" disabled={update.isPending}>
          {update.isPending ? t('growth.actions.saving') : t('growth.actions.save')}
        </button>
        <button type="button" className="button button-secondary" onClick={onDone}>
          {t('growth.actions.cancel')}
        </button>
      </div>
    </form>
  );
}
