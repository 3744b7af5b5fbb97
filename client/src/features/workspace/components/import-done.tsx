import type { ImportResult } from '@shopfloor/shared';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useNumberFormat } from '../../../i18n/format';
import { workspacePaths } from '../paths';

/** Step 4: what was imported, and where to go next. */
export function ImportDone({ result, onAgain }: { result: ImportResult; onAgain: () => void }) {
  const { t } = useTranslation();
  const format = useNumberFormat();
  const counts = [
    ['created', result.created],
    ['updated', result.updated],
    ['unchanged', result.unchanged],
    ['skipped', result.rejected.length],
  ] as const;
  return (
    <section aria-labelledby="import-done" data-testid="import-done">
      <div className="notice notice-success" role="status">
        <h2 id="import-done">{t('workspace.import.done.title')}</h2>
        <p>{t('workspace.import.done.text')}</p>
      </div>
      <dl className="figures">
        {counts.map(([key, n]) => (
          <div key={key} className="figure">
            <dt className="figure-label">{t(`workspace.import.done.${key}`)}</dt>
            <dd className="figure-value">{format.number(n)}</dd>
          </div>
        ))}
      </dl>
      <ul className="link-row">
        <li>
          <Link to={workspacePaths.members}>{t('workspace.import.done.members')}</Link>
        </li>
        <li>
          <Link to={workspacePaths.workplaces}>{t('workspace.import.done.workplaces')}</Link>
        </li>
        <li>
          <button type="button" className="button button-secondary" onClick={onAgain}>
            {t('workspace.import.done.again')}
          </button>
        </li>
      </ul>
    </section>
  );
}
