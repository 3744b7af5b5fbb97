import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/ui/field';
import { useErrorText } from '../../../components/ui/query-error';
import { ApiError } from '../../../lib/http';
import { useChangePasswordMutation } from '../api';

type Values = Record<'current' | 'next' | 'again', string>;
const empty: Values = { current: '', next: '', again: '' };

/** Changing the password ends every other session; this one carries on with a new token. */
export function PasswordForm() {
  const { t } = useTranslation();
  const change = useChangePasswordMutation();
  const errorText = useErrorText();
  const [values, setValues] = useState<Values>(empty);
  const [mismatch, setMismatch] = useState(false);
  const fields = change.error instanceof ApiError ? change.error.fields : undefined;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const differ = values.next !== values.again;
    setMismatch(differ);
    if (differ) return;
    change.mutate(
      { currentPassword: values.current, newPassword: values.next },
      { onSuccess: () => setValues(empty) },
    );
  };

  const input = (name: keyof Values, label: string, error?: string, hint?: string) => (
    <Field id={`account-password-${name}`} label={label} error={error} hint={hint}>
      {(control) => (
        <input
          {...control}
          type="password"
          autoComplete={name === 'current' ? 'current-password' : 'new-password'}
          required
          value={values[name]}
          onChange={(e) => setValues((v) => ({ ...v, [name]: e.target.value }))}
        />
      )}
    </Field>
  );

  return (
    <section className="card" aria-labelledby="account-password">
      <h2 id="account-password">{t('account.password.title')}</h2>
      <form className="form" onSubmit={onSubmit} noValidate>
        {change.isSuccess && (
          <div className="notice" role="status">
            <p>{t('account.password.done')}</p>
          </div>
        )}
        {change.isError && !fields && (
          <div className="notice notice-error" role="alert">
            <p>{errorText(change.error)}</p>
          </div>
        )}
        {input(
          'current',
          t('account.password.current'),
          fields?.currentPassword && t('account.password.wrongCurrent'),
        )}
        {input(
          'next',
          t('account.password.new'),
          fields?.newPassword && t('account.password.weak'),
          t('account.password.newHint'),
        )}
        {input(
          'again',
          t('account.password.confirm'),
          mismatch ? t('account.password.mismatch') : undefined,
        )}
        <button type="submit" className="button" disabled={change.isPending}>
          {change.isPending ? t('account.password.submitting') : t('account.password.submit')}
        </button>
      </form>
    </section>
  );
}
