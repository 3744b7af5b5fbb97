import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/ui/field';
import { useErrorText } from '../../../components/ui/query-error';
import { ApiError } from '../../../lib/http';
import { useEnableTwoFactorMutation, useTwoFactorSetupMutation, type TwoFactorState } from '../api';
import { TwoFactorDisableForm } from './two-factor-disable-form';

/** Two-factor login: on (with the way to turn it off), or the enrolment steps. */
export function TwoFactorSection({ state }: { state: TwoFactorState }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="account-two-factor" data-testid="two-factor">
      <h2 id="account-two-factor">{t('account.twoFactor.title')}</h2>
      <p>{state.enabled ? t('account.twoFactor.on') : t('account.twoFactor.off')}</p>
      {state.enabled ? <TwoFactorDisableForm /> : <Enrolment />}
    </section>
  );
}

function Enrolment() {
  const { t } = useTranslation();
  const setup = useTwoFactorSetupMutation();
  const enable = useEnableTwoFactorMutation();
  const errorText = useErrorText();
  const [code, setCode] = useState('');
  const wrongCode = enable.error instanceof ApiError && Boolean(enable.error.fields?.code);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // Apps show the code as "123 456": the spaces are not part of it.
    enable.mutate(code.replace(/\s/g, ''));
  };

  if (!setup.data) {
    return (
      <>
        {setup.isError && (
          <div className="notice notice-error" role="alert">
            <p>{errorText(setup.error)}</p>
          </div>
        )}
        <button
          type="button"
          className="button"
          disabled={setup.isPending}
          onClick={() => setup.mutate()}
        >
          {setup.isPending ? t('account.twoFactor.starting') : t('account.twoFactor.start')}
        </button>
      </>
    );
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <p>{t('account.twoFactor.scan')}</p>
      <img
        className="totp-qr"
        src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(setup.data.qrSvg)}`}
        alt={t('account.twoFactor.qrAlt')}
        width={200}
        height={200}
      />
      <p>
        {t('account.twoFactor.key')}: <code data-testid="totp-secret">{setup.data.secret}</code>
      </p>
      <p>
        {t('account.twoFactor.uri')}: <code className="totp-uri">{setup.data.otpauthUrl}</code>
      </p>
      {enable.isError && !wrongCode && (
        <div className="notice notice-error" role="alert">
          <p>{errorText(enable.error)}</p>
        </div>
      )}
      <Field
        id="account-totp-code"
        label={t('account.twoFactor.code')}
        error={wrongCode ? t('account.twoFactor.wrongCode') : undefined}
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
      <button type="submit" className="button" disabled={enable.isPending}>
        {enable.isPending ? t('account.twoFactor.confirming') : t('account.twoFactor.confirm')}
      </button>
    </form>
  );
}
