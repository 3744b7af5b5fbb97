import { useTranslation } from 'react-i18next';
import './ui.css';

interface LoadMoreProps {
  shown: number;
  hasMore: boolean;
  loading: boolean;
  onLoadMore: () => void;
}

/** How many rows are on screen, and a button for the next page when there is one. */
export function LoadMore({ shown, hasMore, loading, onLoadMore }: LoadMoreProps) {
  const { t } = useTranslation();
  return (
    <div className="load-more">
      <p className="muted" role="status">
        {hasMore
          ? t('workspace.paging.shownMore', { count: shown })
          : t('workspace.paging.shownAll', { count: shown })}
      </p>
      {hasMore && (
        <button
          type="button"
          className="button button-secondary"
          disabled={loading}
          onClick={onLoadMore}
        >
          {loading ? t('workspace.paging.loading') : t('workspace.paging.loadMore')}
        </button>
      )}
    </div>
  );
}
