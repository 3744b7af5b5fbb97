import type { ImportResult, RosterField } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../components/ui/loading';
import type { ColumnMapping } from '../api/imports';
import { ColumnMappingStep } from './column-mapping-step';
import { ImportCommit } from './import-commit';
import { ImportPreview } from './import-preview';
import { ImportProblem } from './import-problem';
import { RejectedLinesEditor } from './rejected-lines-editor';
import { WholeFileEditor } from './whole-file-editor';

interface ImportReviewProps {
  /** Changes with each check, so the editors start again from the file as it now is. */
  revision: number;
  csv: string;
  fileName: string | null;
  preview: ImportResult;
  mapping: ColumnMapping;
  checking: boolean;
  checkError: unknown;
  committing: boolean;
  commitError: unknown;
  notCommitted: boolean;
  onMap: (header: string, field: RosterField | 'ignore') => void;
  onFixLines: (edits: ReadonlyMap<number, string>) => void;
  onReplaceFile: (text: string) => void;
  onCommit: () => void;
  onStartOver: () => void;
}

/** Step 2: how the columns are read, what the import would do, and the lines to fix first. */
export function ImportReview(props: ImportReviewProps) {
  const { t } = useTranslation();
  const { preview, checking } = props;
  return (
    <>
      <div className="import-file-bar">
        <p>
          {props.fileName
            ? t('workspace.import.review.file', { name: props.fileName })
            : t('workspace.import.review.pasted')}
        </p>
        <button type="button" className="button button-secondary" onClick={props.onStartOver}>
          {t('workspace.import.review.another')}
        </button>
      </div>
      <div aria-live="polite">{checking && <Loading label={t('workspace.import.checking')} />}</div>
      <ImportProblem error={props.checkError} />
      <ColumnMappingStep
        columns={preview.columns}
        mapping={props.mapping}
        disabled={checking}
        onMap={props.onMap}
      />
      <ImportPreview preview={preview} />
      {preview.rejected.length > 0 && (
        <RejectedLinesEditor
          key={props.revision}
          csv={props.csv}
          rejected={preview.rejected}
          checking={checking}
          onSubmit={props.onFixLines}
        />
      )}
      <WholeFileEditor
        key={`file-${props.revision}`}
        csv={props.csv}
        checking={checking}
        onSubmit={props.onReplaceFile}
      />
      <ImportCommit
        preview={preview}
        disabled={checking}
        committing={props.committing}
        error={props.commitError}
        notCommitted={props.notCommitted}
        onCommit={props.onCommit}
      />
    </>
  );
}
