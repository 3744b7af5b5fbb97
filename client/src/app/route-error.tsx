import { useTranslation } from 'react-i18next';

/** Shown when a page fails to render or its code cannot be downloaded (e.g. after a deploy). */
export function RouteError() {
  const { t } = useTranslation();
  return (
    <main id="main" className="main">
      <div className="notice notice-error" role="alert">
        <p className="notice-title">{t('errors.pageFailed')}</p>
        <p>{t('errors.pageFailedHelp')}</p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('actions.reload')}
        </button>
      </div>
    </main>
  );
}
