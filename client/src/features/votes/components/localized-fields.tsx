import { useTranslation } from 'react-i18next';

interface LocalizedFieldsProps {
  name: 'title' | 'question';
  values: [en: string, es: string];
  onChange: [en: (value: string) => void, es: (value: string) => void];
  multiline?: boolean;
  error?: string;
}

/** One text in English and Spanish: at least one is needed, members read their own where given. */
export function LocalizedFields({
  name,
  values,
  onChange,
  multiline,
  error,
}: LocalizedFieldsProps) {
  const { t } = useTranslation();
  const id = `vote-${name}`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = error ? `${hintId} ${errorId}` : hintId;
  return (
    <fieldset className="fieldset form-wide" aria-describedby={describedBy}>
      <legend>{t(`votes.admin.create.${name}`)}</legend>
      <p id={hintId} className="field-hint">
        {t('votes.admin.create.bothLanguages')}
      </p>
      {(['en', 'es'] as const).map((language, i) => {
        const inputId = `${id}-${language}`;
        const props = {
          id: inputId,
          lang: language,
          value: values[i],
          'aria-invalid': error ? true : undefined,
          onChange: (e: { target: { value: string } }) => onChange[i]!(e.target.value),
        } as const;
        return (
          <div className="field" key={language}>
            <label htmlFor={inputId}>{t(`votes.admin.create.${name}In.${language}`)}</label>
            {multiline ? <textarea {...props} rows={3} /> : <input {...props} />}
          </div>
        );
      })}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
