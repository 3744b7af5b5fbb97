import type { GoalScope, SessionUser } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/ui/field';
import type { ScopeRef } from '../api/recruitment';
import { scopesFor } from '../lib/scope';
import { useScopeOptions } from '../lib/use-scope-options';

interface ScopePickerProps {
  user: SessionUser;
  value: ScopeRef;
  onChange: (ref: ScopeRef) => void;
}

/** Which figures to show: the kind of scope, then which one (the nation needs no second choice). */
export function ScopePicker({ user, value, onChange }: ScopePickerProps) {
  const { t } = useTranslation();
  const options = useScopeOptions(user);
  const allowed = scopesFor(user.role);
  const refs = options[value.scope];
  const pickScope = (scope: GoalScope) => {
    const first = scope === 'region' ? 'south' : (options[scope][0]?.value ?? null);
    onChange({ scope, id: scope === 'nation' ? null : first });
  };
  const noRefs = value.scope !== 'nation' && refs.length === 0;

  return (
    <div className="scope-picker" role="group" aria-label={t('growth.scopePicker.label')}>
      {allowed.length > 1 && (
        <Field id="scope-kind" label={t('growth.scopePicker.kind')}>
          {(c) => (
            <select
              {...c}
              value={value.scope}
              onChange={(e) => pickScope(e.target.value as GoalScope)}
            >
              {allowed.map((s) => (
                <option key={s} value={s}>
                  {t(`growth.scopes.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {value.scope !== 'nation' && (
        <Field
          id="scope-ref"
          label={t(`growth.scopePicker.which.${value.scope}`)}
          hint={noRefs ? t(`growth.scopePicker.none.${value.scope}`) : undefined}
        >
          {(c) => (
            <select
              {...c}
              value={value.id ?? ''}
              disabled={noRefs}
              onChange={(e) => onChange({ scope: value.scope, id: e.target.value })}
            >
              {value.id === null && <option value="">{t('growth.scopePicker.choose')}</option>}
              {/* The address may name one not in the list (yet): it stays chosen. */}
              {value.id && !refs.some((o) => o.value === value.id) && (
                <option value={value.id}>
                  {t('growth.scopePicker.numbered', { id: value.id })}
                </option>
              )}
              {refs.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
    </div>
  );
}
