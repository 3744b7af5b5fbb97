import type { ImportResult } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../components/ui/query-error';

interface ImportCommitProps {
  preview: ImportResult;
  disabled: boolean;
  committing: boolean;
  error: unknown;
  notCommitted: boolean;
  onCommit: () => void;
}

/** Step 3: import what the check found good; rejected lines are skipped only when asked. */
export function ImportCommit(props: ImportCommitProps) {
  const { preview, disabled, committing, error, notCommitted, onCommit } = props;
  const { t } = useTranslation();
  const errorText = useErrorText();
  const toImport = preview.created + preview.updated;
  const skip = preview.rejected.length;

  return (
    <section className="card import-commit" aria-labelledby="import-commit">
      <h2 id="import-commit">{t('workspace.import.commit.title')}</h2>
      {notCommitted && (
        <div className="notice notice-error" role="alert">
          <p>{t('workspace.import.commit.notCommitted')}</p>
        </div>
      )}
      {error != null && (
        <div className="notice notice-error" role="alert">
          <p>{errorText(error)}</p>
        </div>
      )}
      {toImport === 0 ? (
        <p>
          {skip ? t('workspace.import.commit.nothingYet') : t('workspace.import.commit.nothing')}
        </p>
      ) : (
        <>
          <p>
            {skip
              ? t('workspace.import.commit.skipNote', { count: skip })
              : t('workspace.import.commit.allGood')}
          </p>
          <button
            type="button"
            className="button"
            disabled={disabled || committing}
            onClick={onCommit}
          >
            {committing
              ? t('workspace.import.commit.importing')
              : skip
                ? t('workspace.import.commit.skip', { count: skip })
                : t('workspace.import.commit.import', { count: toImport })}
          </button>
        </>
      )}
    </section>
  );
}
