import { useState, type FormEvent } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/http';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useErrorText } from '../../../components/ui/query-error';
import { useLoginMutation, useSession } from '../api';

function redirectTarget(state: unknown): string {
  if (state && typeof state === 'object' && 'from' in state && typeof state.from === 'string') {
    // Only paths inside this app: never an open redirect to another origin.
    if (state.from.startsWith('/') && !state.from.startsWith('//')) return state.from;
  }
  return '/';
}

export function LoginPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('login.title'));
  const session = useSession();
  const login = useLoginMutation();
  const navigate = useNavigate();
  const location = useLocation();
  const errorText = useErrorText();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  // Shown once the server answers totp_required: the account logs in with a second factor.
  const [needsCode, setNeedsCode] = useState(false);
  const [code, setCode] = useState('');
  const target = redirectTarget(location.state);

  if (session.data && !login.isPending) return <Navigate to={target} replace />;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    login.mutate(
      { email, password, ...(needsCode ? { code: code.replace(/\s/g, '') } : {}) },
      {
        onSuccess: () => void navigate(target, { replace: true }),
        onError: (error) => {
          if (error instanceof ApiError && error.code === 'totp_required') setNeedsCode(true);
        },
      },
    );
  };

  const fields = login.error instanceof ApiError ? login.error.fields : undefined;
  const errorCode = login.error instanceof ApiError ? login.error.code : null;
  const loginError =
    errorCode === 'totp_required'
      ? t('account.login.codeNeeded')
      : errorCode === 'totp_invalid'
        ? t('account.login.wrongCode')
        : errorText(login.error);

  return (
    <div className="login">
      <h1>{t('login.title')}</h1>
      <p className="muted">{t('login.intro')}</p>
      <form className="card form" onSubmit={onSubmit} noValidate>
        {login.isError &&
          (errorCode === 'totp_required' ? (
            <div className="notice" role="status">
              <p>{loginError}</p>
            </div>
          ) : (
            <div className="notice notice-error" role="alert">
              <p>{loginError}</p>
            </div>
          ))}
        <div className="field">
          <label htmlFor="login-email">{t('login.email')}</label>
          <input
            id="login-email"
            name="email"
            type="email"
            autoComplete="username"
            inputMode="email"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            aria-invalid={fields?.email ? true : undefined}
            aria-describedby={fields?.email ? 'login-email-error' : undefined}
          />
          {fields?.email && (
            <p id="login-email-error" className="field-error">
              {fields.email}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor="login-password">{t('login.password')}</label>
          <input
            id="login-password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            aria-invalid={fields?.password ? true : undefined}
            aria-describedby={fields?.password ? 'login-password-error' : undefined}
          />
          {fields?.password && (
            <p id="login-password-error" className="field-error">
              {fields.password}
            </p>
          )}
        </div>
        {needsCode && (
          <div className="field">
            <label htmlFor="login-code">{t('account.login.code')}</label>
            <p id="login-code-hint" className="field-hint">
              {t('account.login.codeHint')}
            </p>
            <input
              id="login-code"
              name="code"
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={9}
              required
              autoFocus
              value={code}
              onChange={(e) => setCode(e.target.value)}
              aria-describedby="login-code-hint"
            />
          </div>
        )}
        <button type="submit" className="button" disabled={login.isPending}>
          {login.isPending ? t('login.submitting') : t('login.submit')}
        </button>
      </form>
    </div>
  );
}
