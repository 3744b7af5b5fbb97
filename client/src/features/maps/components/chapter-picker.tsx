import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../components/ui/loading';
import { QueryError } from '../../../components/ui/query-error';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useChapters } from '../api';

/** For admins who open the chapter map without saying which chapter. */
export function ChapterPicker() {
  const { t } = useTranslation();
  const chapters = useChapters();
  useDocumentTitle(t('maps.chapter.choose'));
  return (
    <>
      <h1>{t('maps.chapter.choose')}</h1>
      <p>{t('maps.chapter.chooseIntro')}</p>
      {chapters.isPending && <Loading label={t('maps.loading')} />}
      {chapters.isError && (
        <QueryError error={chapters.error} onRetry={() => void chapters.refetch()} />
      )}
      {chapters.data && (
        <ul className="plain-list">
          {[...chapters.data]
            .sort((a, b) => a.name.localeCompare(b.name))
            .map((c) => (
              <li key={c.id}>
                <Link to={`/chapter/map?chapterId=${c.id}`}>{c.name}</Link>{' '}
                <span className="muted">({c.state})</span>
              </li>
            ))}
        </ul>
      )}
    </>
  );
}
