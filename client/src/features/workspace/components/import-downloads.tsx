import { useTranslation } from 'react-i18next';
import { importUrls } from '../api/imports';

interface ImportDownloadsProps {
  chapterId: number;
  canExport: boolean;
}

/** The template to fill in, and the chapter's own data as CSV (each export is audited). */
export function ImportDownloads({ chapterId, canExport }: ImportDownloadsProps) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="import-files" className="import-files">
      <h2 id="import-files">{t('workspace.import.files.title')}</h2>
      <ul className="plain-list">
        <li>
          <a href={importUrls.template(i18n.resolvedLanguage ?? 'en')} download>
            {t('workspace.import.files.template')}
          </a>{' '}
          <span className="muted">{t('workspace.import.files.templateHint')}</span>
        </li>
        {canExport && (
          <>
            <li>
              <a href={importUrls.exportMembers(chapterId)} download>
                {t('workspace.import.files.members')}
              </a>
            </li>
            <li>
              <a href={importUrls.exportWorkplaces(chapterId)} download>
                {t('workspace.import.files.workplaces')}
              </a>
            </li>
          </>
        )}
      </ul>
      {canExport && <p className="muted">{t('workspace.import.files.audited')}</p>}
    </section>
  );
}
