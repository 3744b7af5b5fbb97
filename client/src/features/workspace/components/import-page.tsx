import { useState } from 'react';
import type { ImportResult, RosterField } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useImportMutation, type ColumnMapping } from '../api/imports';
import { replaceLines } from '../csv-lines';
import { ImportDone } from './import-done';
import { ImportDownloads } from './import-downloads';
import { ImportReview } from './import-review';
import { ImportSource } from './import-source';

interface ImportPageProps {
  chapterId: number;
  /** Exports are for the chapter's own committee (admins import but do not export). */
  canExport: boolean;
}

/**
 * The roster import wizard: choose or paste a file → check it (a dry run) → map its columns and
 * fix rejected lines, each change checked again → import → the result.
 */
export function ImportPage({ chapterId, canExport }: ImportPageProps) {
  const { t } = useTranslation();
  useDocumentTitle(t('workspace.import.title'));
  const check = useImportMutation(chapterId);
  const commit = useImportMutation(chapterId);
  const [csv, setCsv] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [preview, setPreview] = useState<ImportResult | null>(null);
  // Counts the checks, so the line editor starts afresh from each new answer.
  const [checks, setChecks] = useState(0);

  const dryRun = (text: string, nextMapping: ColumnMapping) => {
    commit.reset();
    check.mutate(
      { csv: text, mapping: nextMapping, dryRun: true },
      {
        onSuccess: (result) => {
          setPreview(result);
          setChecks((n) => n + 1);
        },
      },
    );
  };

  const startOver = () => {
    check.reset();
    commit.reset();
    setCsv('');
    setFileName(null);
    setMapping({});
    setPreview(null);
  };

  const onCommit = () => {
    if (!preview) return;
    commit.mutate(
      { csv, mapping, dryRun: false, skipRejected: preview.rejected.length > 0 },
      {
        // The roster can change between the check and the import: show what the server saw.
        onSuccess: (result) => {
          if (!result.committed) setPreview(result);
        },
      },
    );
  };

  const done = commit.data?.committed ? commit.data : null;

  return (
    <>
      <h1>{t('workspace.import.title')}</h1>
      <ol className="wizard-steps" aria-label={t('workspace.import.stepsLabel')}>
        {(['choose', 'review', 'done'] as const).map((step) => {
          const current = done ? 'done' : preview ? 'review' : 'choose';
          return (
            <li key={step} aria-current={step === current ? 'step' : undefined}>
              {t(`workspace.import.steps.${step}`)}
            </li>
          );
        })}
      </ol>
      {done ? (
        <ImportDone result={done} onAgain={startOver} />
      ) : preview ? (
        <ImportReview
          revision={checks}
          csv={csv}
          fileName={fileName}
          preview={preview}
          mapping={mapping}
          checking={check.isPending}
          checkError={check.error}
          committing={commit.isPending}
          commitError={commit.error}
          notCommitted={commit.data?.committed === false}
          onMap={(header: string, field: RosterField | 'ignore') => {
            const next = { ...mapping, [header]: field };
            setMapping(next);
            dryRun(csv, next);
          }}
          onFixLines={(edits) => {
            const next = replaceLines(csv, edits);
            setCsv(next);
            dryRun(next, mapping);
          }}
          onReplaceFile={(text) => {
            setCsv(text);
            dryRun(text, mapping);
          }}
          onCommit={onCommit}
          onStartOver={startOver}
        />
      ) : (
        <ImportSource
          checking={check.isPending}
          error={check.error}
          onFile={(name, text) => {
            setFileName(name);
            setCsv(text);
            setMapping({});
            dryRun(text, {});
          }}
          onPaste={(text) => {
            setFileName(null);
            setCsv(text);
            setMapping({});
            dryRun(text, {});
          }}
        />
      )}
      <ImportDownloads chapterId={chapterId} canExport={canExport} />
    </>
  );
}
