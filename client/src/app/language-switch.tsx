import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguageMutation, useSession } from '../features/auth/api';
import { applyLanguage, currentLanguage, isAppLanguage, supportedLanguages } from '../i18n';

/** Switches at once; for a logged-in user the choice is also saved on the account. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const session = useSession();
  const save = useLanguageMutation();

  const onChange = (event: ChangeEvent<HTMLSelectElement>) => {
    const language = event.target.value;
    if (!isAppLanguage(language)) return;
    void applyLanguage(language);
    if (session.data) save.mutate(language);
  };

  return (
    <div className="language-switch">
      <label htmlFor="language-switch">{t('language.label')}</label>
      <select
        id="language-switch"
        data-testid="language-switch"
        value={currentLanguage()}
        onChange={onChange}
      >
        {supportedLanguages.map((language) => (
          <option key={language} value={language} lang={language}>
            {t(`language.names.${language}`)}
          </option>
        ))}
      </select>
      {save.isError && (
        <span className="field-error" role="alert">
          {t('language.saveFailed')}
        </span>
      )}
    </div>
  );
}
