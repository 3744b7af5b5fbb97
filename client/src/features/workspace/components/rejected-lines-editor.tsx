import { useState, type FormEvent } from 'react';
import type { ImportResult } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/ui/field';
import { splitLines } from '../csv-lines';
import { useRejectionReasons } from '../use-rejection-reasons';

const EDITABLE = 50;

interface RejectedLinesEditorProps {
  csv: string;
  rejected: ImportResult['rejected'];
  checking: boolean;
  onSubmit: (edits: ReadonlyMap<number, string>) => void;
}

/** Each rejected line as written in the file, to correct here and check again. */
export function RejectedLinesEditor({
  csv,
  rejected,
  checking,
  onSubmit,
}: RejectedLinesEditorProps) {
  const { t } = useTranslation();
  const reasons = useRejectionReasons();
  const editable = rejected.slice(0, EDITABLE);
  const [edits, setEdits] = useState<Record<number, string>>(() => {
    const lines = splitLines(csv);
    return Object.fromEntries(editable.map((r) => [r.line, lines[r.line - 1] ?? '']));
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit(new Map(Object.entries(edits).map(([line, text]) => [Number(line), text])));
  };

  return (
    <section className="card" aria-labelledby="import-fix">
      <h2 id="import-fix">{t('workspace.import.fix.title')}</h2>
      <p className="muted">{t('workspace.import.fix.intro')}</p>
      <form className="form" onSubmit={submit}>
        {editable.map((r) => (
          <Field
            key={r.line}
            id={`fix-line-${r.line}`}
            label={t('workspace.import.fix.line', { line: r.line })}
            hint={reasons(r).join(' · ')}
          >
            {(control) => (
              <textarea
                {...control}
                className="code-input"
                rows={2}
                spellCheck={false}
                value={edits[r.line] ?? ''}
                onChange={(e) => setEdits((all) => ({ ...all, [r.line]: e.target.value }))}
              />
            )}
          </Field>
        ))}
        {rejected.length > EDITABLE && (
          <p className="muted">
            {t('workspace.import.fix.more', { count: rejected.length - EDITABLE })}
          </p>
        )}
        <div>
          <button type="submit" className="button" disabled={checking}>
            {t('workspace.import.fix.check')}
          </button>
        </div>
      </form>
    </section>
  );
}
