import { useState } from 'react';
import { podScopes, type PodScope } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/ui/field';
import { LoadMore } from '../../../components/ui/load-more';
import { Loading } from '../../../components/ui/loading';
import { QueryError } from '../../../components/ui/query-error';
import { useIndustries } from '../../../lib/industries';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { usePods, type PodFilters } from '../api/pods';
import { PodsTable } from './pods-table';
import '../pods.css';

/** The pods the user may see, by industry and reach; a member's list holds its own pods. */
export function PodsPage({ mine }: { mine: boolean }) {
  const { t } = useTranslation();
  const industries = useIndustries();
  const [filters, setFilters] = useState<PodFilters>({});
  const pods = usePods(filters);
  const title = mine ? t('pods.list.myTitle') : t('pods.list.title');
  useDocumentTitle(title);
  const rows = pods.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <div className="pods-page">
      <h1>{title}</h1>
      <p className="lead">{mine ? t('pods.list.myIntro') : t('pods.list.intro')}</p>
      {!mine && (
        <div className="filters pods-filters" role="search" aria-label={t('pods.list.filters')}>
          <Field id="pods-industry" label={t('pods.fields.industry')}>
            {(c) => (
              <select
                {...c}
                value={filters.industry ?? ''}
                onChange={(e) =>
                  setFilters({
                    ...filters,
                    industry: (e.target.value || undefined) as PodFilters['industry'],
                  })
                }
              >
                <option value="">{t('pods.list.any')}</option>
                {industries.options.map((o) => (
                  <option key={o.code} value={o.code}>
                    {o.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="pods-scope" label={t('pods.fields.scope')}>
            {(c) => (
              <select
                {...c}
                value={filters.scope ?? ''}
                onChange={(e) =>
                  setFilters({ ...filters, scope: (e.target.value || undefined) as PodScope })
                }
              >
                <option value="">{t('pods.list.any')}</option>
                {podScopes.map((s) => (
                  <option key={s} value={s}>
                    {t(`pods.scopes.${s}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      )}
      {pods.isPending ? (
        <Loading label={t('pods.list.loading')} />
      ) : pods.isError ? (
        <QueryError error={pods.error} onRetry={() => void pods.refetch()} />
      ) : (
        <>
          <PodsTable pods={rows} emptyText={mine ? t('pods.list.myEmpty') : t('pods.list.empty')} />
          <LoadMore
            shown={rows.length}
            hasMore={pods.hasNextPage}
            loading={pods.isFetchingNextPage}
            onLoadMore={() => void pods.fetchNextPage()}
          />
        </>
      )}
    </div>
  );
}
