import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/ui/field';

interface WholeFileEditorProps {
  csv: string;
  checking: boolean;
  onSubmit: (text: string) => void;
}

/** The whole file as text, for changes the line editor cannot make (a missing column, a stray line). */
export function WholeFileEditor({ csv, checking, onSubmit }: WholeFileEditorProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(csv);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit(text);
  };
  return (
    <details className="card disclosure">
      <summary>{t('workspace.import.whole.title')}</summary>
      <form className="form" onSubmit={submit}>
        <Field id="import-whole" label={t('workspace.import.whole.label')}>
          {(control) => (
            <textarea
              {...control}
              className="code-input"
              rows={12}
              spellCheck={false}
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
          )}
        </Field>
        <div>
          <button type="submit" className="button" disabled={checking || !text.trim()}>
            {t('workspace.import.whole.check')}
          </button>
        </div>
      </form>
    </details>
  );
}
