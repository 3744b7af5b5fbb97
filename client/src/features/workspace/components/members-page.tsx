import { useTranslation } from 'react-i18next';
import { Loading } from '../../../components/ui/loading';
import { LoadMore } from '../../../components/ui/load-more';
import { QueryError } from '../../../components/ui/query-error';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useMembers } from '../api/members';
import { memberFilterKeys, toMemberFilters } from '../member-filter-values';
import { useSearchFilters } from '../use-search-filters';
import { MemberFilters } from './member-filters';
import { MembersTable } from './members-table';

/** The chapter's members: find one by name or email, filter by where they are in organizing. */
export function MembersPage({ chapterId }: { chapterId: number }) {
  const { t } = useTranslation();
  useDocumentTitle(t('workspace.members.title'));
  const [values, setValue] = useSearchFilters(memberFilterKeys);
  const filters = toMemberFilters(values);
  const list = useMembers(chapterId, filters);
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const filtered = Object.values(filters).some(Boolean);

  return (
    <>
      <h1>{t('workspace.members.title')}</h1>
      <MemberFilters values={values} onChange={setValue} />
      {list.isPending ? (
        <Loading label={t('workspace.members.loading')} />
      ) : list.isError ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <>
          <MembersTable
            rows={rows}
            emptyText={filtered ? t('workspace.members.noMatches') : t('workspace.members.empty')}
          />
          <LoadMore
            shown={rows.length}
            hasMore={list.hasNextPage}
            loading={list.isFetchingNextPage}
            onLoadMore={() => void list.fetchNextPage()}
          />
        </>
      )}
    </>
  );
}
