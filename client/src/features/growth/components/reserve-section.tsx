import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadMore } from '../../../components/ui/load-more';
import { Loading } from '../../../components/ui/loading';
import { QueryError } from '../../../components/ui/query-error';
import { useReserve } from '../api/reserve';
import { ReserveCard } from './reserve-card';
import { ReserveFiltersBar, type ReserveView } from './reserve-filters';

/** The reserve's organizers, filtered by the server. */
export function ReserveSection() {
  const { t } = useTranslation();
  const [view, setView] = useState<ReserveView>({});
  const reserve = useReserve(view);
  const rows = reserve.data?.pages.flatMap((p) => p.items) ?? [];
  const filtered = Object.values(view).some(Boolean);

  return (
    <section id="organizers" aria-labelledby="reserve-list-title">
      <h2 id="reserve-list-title">{t('growth.reserve.list.title')}</h2>
      <ReserveFiltersBar value={view} onChange={setView} />
      {reserve.isPending ? (
        <Loading label={t('growth.reserve.list.loading')} />
      ) : reserve.isError ? (
        <QueryError error={reserve.error} onRetry={() => void reserve.refetch()} />
      ) : rows.length === 0 ? (
        <div className="notice" role="status" data-testid="reserve-empty">
          <p>{filtered ? t('growth.reserve.list.noMatch') : t('growth.reserve.list.empty')}</p>
        </div>
      ) : (
        <>
          <div className="card-list" data-testid="reserve-list">
            {rows.map((o) => (
              <ReserveCard key={o.id} organizer={o} />
            ))}
          </div>
          <LoadMore
            shown={rows.length}
            hasMore={reserve.hasNextPage}
            loading={reserve.isFetchingNextPage}
            onLoadMore={() => void reserve.fetchNextPage()}
          />
        </>
      )}
    </section>
  );
}
