import { useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/ui/field';
import { Loading } from '../../../components/ui/loading';
import { ImportProblem } from './import-problem';

interface ImportSourceProps {
  checking: boolean;
  error: unknown;
  onFile: (name: string, text: string) => void;
  onPaste: (text: string) => void;
}

/** Step 1: a roster file chosen from the computer (read here, in the browser) or pasted. */
export function ImportSource({ checking, error, onFile, onPaste }: ImportSourceProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [unreadable, setUnreadable] = useState(false);

  const onChoose = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setUnreadable(false);
    try {
      onFile(file.name, await file.text());
    } catch {
      setUnreadable(true);
    }
    // Choosing the same file again (after fixing it in a spreadsheet) must read it again.
    input.value = '';
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (text.trim()) onPaste(text);
  };

  return (
    <section className="card" aria-labelledby="import-source">
      <h2 id="import-source">{t('workspace.import.source.title')}</h2>
      <p>{t('workspace.import.source.intro')}</p>
      <ImportProblem error={error} />
      <Field
        id="import-file"
        label={t('workspace.import.source.file')}
        hint={t('workspace.import.source.fileHint')}
        error={unreadable ? t('workspace.import.source.unreadable') : undefined}
      >
        {(control) => (
          <input
            {...control}
            type="file"
            accept=".csv,text/csv,text/plain"
            disabled={checking}
            onChange={(e) => void onChoose(e)}
          />
        )}
      </Field>
      <p className="divider-or">{t('workspace.import.source.or')}</p>
      <form className="form" onSubmit={onSubmit}>
        <Field id="import-paste" label={t('workspace.import.source.paste')}>
          {(control) => (
            <textarea
              {...control}
              className="code-input"
              rows={6}
              spellCheck={false}
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
          )}
        </Field>
        <div>
          <button type="submit" className="button" disabled={checking || !text.trim()}>
            {t('workspace.import.source.check')}
          </button>
        </div>
      </form>
      {checking && <Loading label={t('workspace.import.checking')} />}
    </section>
  );
}
