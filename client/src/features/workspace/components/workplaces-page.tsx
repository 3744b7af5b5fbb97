import { useTranslation } from 'react-i18next';
import { Loading } from '../../../components/ui/loading';
import { LoadMore } from '../../../components/ui/load-more';
import { QueryError } from '../../../components/ui/query-error';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useWorkplaces } from '../api/workplaces';
import { useSearchFilters } from '../use-search-filters';
import { toWorkplaceFilters, workplaceFilterKeys } from '../workplace-filter-values';
import { AddWorkplaceForm } from './add-workplace-form';
import { DuplicatesPanel } from './duplicates-panel';
import { WorkplaceFilters } from './workplace-filters';
import { WorkplacesTable } from './workplaces-table';

/** The chapter's workplaces: find one, move its campaign on, add or merge workplaces. */
export function WorkplacesPage({ chapterId }: { chapterId: number }) {
  const { t } = useTranslation();
  useDocumentTitle(t('workspace.workplaces.title'));
  const [values, setValue] = useSearchFilters(workplaceFilterKeys);
  const filters = toWorkplaceFilters(values);
  const list = useWorkplaces(chapterId, filters);
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const filtered = Boolean(
    filters.q || filters.industry || filters.stage || filters.unionStatus || filters.confirmed,
  );

  return (
    <>
      <h1>{t('workspace.workplaces.title')}</h1>
      <p className="muted">{t('workspace.workplaces.intro')}</p>
      <AddWorkplaceForm chapterId={chapterId} />
      <WorkplaceFilters values={values} onChange={setValue} />
      {list.isPending ? (
        <Loading label={t('workspace.workplaces.loading')} />
      ) : list.isError ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <>
          <WorkplacesTable
            rows={rows}
            sort={filters.sort}
            onSort={(sort) => setValue('sort', sort === 'employer' ? '' : sort)}
            emptyText={
              filtered ? t('workspace.workplaces.noMatches') : t('workspace.workplaces.empty')
            }
          />
          <LoadMore
            shown={rows.length}
            hasMore={list.hasNextPage}
            loading={list.isFetchingNextPage}
            onLoadMore={() => void list.fetchNextPage()}
          />
        </>
      )}
      <DuplicatesPanel chapterId={chapterId} />
    </>
  );
}
