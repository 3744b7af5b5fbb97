import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

/** Shown instead of a page the user's role does not use, with the way back. */
export function RoleNotice({ page }: { page: 'chapter' | 'me' }) {
  const { t } = useTranslation();
  return (
    <div className="notice" role="status">
      <p className="notice-title">{t(`workspace.roleNotice.${page}`)}</p>
      <p>
        <Link to="/">{t('notFound.back')}</Link>
      </p>
    </div>
  );
}
