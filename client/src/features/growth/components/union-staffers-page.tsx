import { useState, type FormEvent } from 'react';
import { states } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/ui/field';
import { LoadMore } from '../../../components/ui/load-more';
import { Loading } from '../../../components/ui/loading';
import { QueryError } from '../../../components/ui/query-error';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useUnionStaffers, type UnionStafferFilters } from '../api/union-staffers';
import { UnionStafferTables } from './union-staffer-tables';
import '../growth.css';

const byName = [...states].sort((a, b) => a.name.localeCompare(b.name));

/** Members in good standing who said they are union staffers, for national staff, by union and state. */
export function UnionStaffersPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('growth.staffers.title'));
  const [filters, setFilters] = useState<UnionStafferFilters>({});
  const [union, setUnion] = useState('');
  const list = useUnionStaffers(filters);
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const byUnion = list.data?.pages[0]?.byUnion ?? [];
  const filtered = Boolean(filters.union || filters.state);

  const onSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFilters({ ...filters, union: union.trim() || undefined });
  };

  return (
    <div className="growth-page" data-testid="union-staffers-page">
      <h1>{t('growth.staffers.title')}</h1>
      <p className="lead">{t('growth.staffers.intro')}</p>
      <form
        className="growth-filters"
        role="search"
        aria-label={t('growth.staffers.filters')}
        onSubmit={onSearch}
      >
        <Field
          id="staffers-union"
          label={t('growth.staffers.union')}
          hint={t('growth.staffers.unionHint')}
        >
          {(c) => (
            <input {...c} type="search" value={union} onChange={(e) => setUnion(e.target.value)} />
          )}
        </Field>
        <Field id="staffers-state" label={t('growth.staffers.state')}>
          {(c) => (
            <select
              {...c}
              value={filters.state ?? ''}
              onChange={(e) => setFilters({ ...filters, state: e.target.value || undefined })}
            >
              <option value="">{t('growth.reserve.filters.any')}</option>
              {byName.map((s) => (
                <option key={s.code} value={s.code}>
                  {s.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="filter-actions">
          <button type="submit" className="button button-secondary">
            {t('growth.staffers.search')}
          </button>
        </div>
      </form>
      {list.isPending ? (
        <Loading label={t('growth.staffers.loading')} />
      ) : list.isError ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : rows.length === 0 ? (
        <div className="notice" role="status" data-testid="staffers-empty">
          <p>{filtered ? t('growth.staffers.noMatch') : t('growth.staffers.empty')}</p>
        </div>
      ) : (
        <>
          <UnionStafferTables byUnion={byUnion} rows={rows} />
          <LoadMore
            shown={rows.length}
            hasMore={list.hasNextPage}
            loading={list.isFetchingNextPage}
            onLoadMore={() => void list.fetchNextPage()}
          />
        </>
      )}
    </div>
  );
}
