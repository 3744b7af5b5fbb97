import { useState, type FormEvent } from 'react';
import type { GoalMetric, GoalScope, SessionUser } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/ui/field';
import { FormSubmit } from '../../../components/ui/form-submit';
import { useFieldErrors } from '../../../components/ui/use-field-errors';
import { useCreateGoalMutation } from '../api/goals';
import { creatableScopes, metricsFor } from '../lib/goal-rights';
import { useScopeOptions } from '../lib/use-scope-options';
import { GoalValueFields, type GoalValues } from './goal-value-fields';

const blank: GoalValues = { metric: 'members', target: '', startsOn: '', dueOn: '' };

/** Sets a goal at one of the scopes the user may set goals for. */
export function GoalCreateForm({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const scopes = creatableScopes(user);
  const options = useScopeOptions(user, false);
  const create = useCreateGoalMutation();
  const serverErrors = useFieldErrors(create.error);
  const [scope, setScope] = useState<GoalScope>(scopes[0] ?? 'nation');
  const [ref, setRef] = useState<string>(
    scopes[0] === 'chapter' && user.chapterId ? String(user.chapterId) : '',
  );
  const [values, setValues] = useState<GoalValues>(blank);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const refs = options[scope];
  // A chapter committee's chapter is its own: there is nothing to choose.
  const fixedChapter = user.role === 'chapter';

  const pickScope = (next: GoalScope) => {
    setScope(next);
    setRef(next === 'region' ? 'south' : (options[next][0]?.value ?? ''));
    if (!metricsFor(next).includes(values.metric))
      setValues({ ...values, metric: metricsFor(next)[0] as GoalMetric });
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const target = Number(values.target);
    const found: Record<string, string> = {};
    if (values.target.trim() === '' || !Number.isInteger(target))
      found.target = t('growth.goals.form.targetWhole');
    if (!values.dueOn) found.dueOn = t('growth.goals.form.dueMissing');
    if (scope !== 'nation' && !ref) found.scopeRef = t('growth.goals.form.refMissing');
    setErrors(found);
    if (Object.keys(found).length) return;
    create.mutate(
      {
        metric: values.metric,
        scope,
        scopeRef: scope === 'nation' ? null : ref,
        target,
        dueOn: values.dueOn,
        ...(values.startsOn && { startsOn: values.startsOn }),
      },
      { onSuccess: () => setValues({ ...blank, metric: values.metric }) },
    );
  };

  const err = (field: string) => errors[field] ?? serverErrors[field];

  return (
    <form className="form form-grid" onSubmit={onSubmit} noValidate data-testid="goal-create-form">
      {scopes.length > 1 && (
        <Field id="goal-new-scope" label={t('growth.goals.form.scope')} error={err('scope')}>
          {(c) => (
            <select {...c} value={scope} onChange={(e) => pickScope(e.target.value as GoalScope)}>
              {scopes.map((s) => (
                <option key={s} value={s}>
                  {t(`growth.scopes.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {scope !== 'nation' && !fixedChapter && (
        <Field
          id="goal-new-ref"
          label={t(`growth.scopePicker.which.${scope}`)}
          error={err('scopeRef')}
        >
          {(c) => (
            <select {...c} value={ref} onChange={(e) => setRef(e.target.value)}>
              {refs.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {fixedChapter && err('scopeRef') && (
        <p className="field-error form-wide" role="alert">
          {err('scopeRef')}
        </p>
      )}
      <GoalValueFields
        idPrefix="goal-new"
        metrics={metricsFor(scope)}
        values={values}
        onChange={setValues}
        error={err}
        startsHint={t('growth.goals.form.startsHint')}
      />
      <FormSubmit
        mutation={create}
        fieldErrors={serverErrors}
        label={t('growth.goals.form.create')}
        savingLabel={t('growth.actions.saving')}
        doneLabel={t('growth.goals.form.created')}
      />
    </form>
  );
}
