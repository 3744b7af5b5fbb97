import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/ui/field';
import { useErrorText } from '../../../components/ui/query-error';
import { ApiError } from '../../../lib/http';
import { useDisableTwoFactorMutation } from '../api';

/** Turning two-factor login off asks for the password and a current code. */
export function TwoFactorDisableForm() {
  const { t } = useTranslation();
  const disable = useDisableTwoFactorMutation();
  const errorText = useErrorText();
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const fields = disable.error instanceof ApiError ? disable.error.fields : undefined;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    disable.mutate({ password, code: code.replace(/\s/g, '') });
  };

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-labelledby="account-2fa-off">
      <h3 id="account-2fa-off">{t('account.twoFactor.disableTitle')}</h3>
      <p className="muted">{t('account.twoFactor.disableHint')}</p>
      {disable.isError && !fields && (
        <div className="notice notice-error" role="alert">
          <p>{errorText(disable.error)}</p>
        </div>
      )}
      <Field
        id="account-2fa-password"
        label={t('account.twoFactor.password')}
        error={fields?.password && t('account.twoFactor.wrongPassword')}
      >
        {(control) => (
          <input
            {...control}
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        )}
      </Field>
      <Field
        id="account-2fa-code"
        label={t('account.twoFactor.code')}
        error={fields?.code && t('account.twoFactor.wrongCode')}
      >
        {(control) => (
          <input
            {...control}
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={9}
            required
            value={code}
            onChange={(e) => setCode(e.target.value)}
          />
        )}
      </Field>
      <button type="submit" className="button button-secondary" disabled={disable.isPending}>
        {disable.isPending ? t('account.twoFactor.disabling') : t('account.twoFactor.disable')}
      </button>
    </form>
  );
}
