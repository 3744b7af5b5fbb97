import { useTranslation } from 'react-i18next';
import { Loading } from '../../../components/ui/loading';
import { LoadMore } from '../../../components/ui/load-more';
import { QueryError } from '../../../components/ui/query-error';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { auditEntities, useAuditLog, type AuditEntity } from '../api/audit';
import { useSearchFilters } from '../use-search-filters';
import { AuditTable } from './audit-table';

const keys = ['entity'] as const;
const isEntity = (v: string): v is AuditEntity => (auditEntities as readonly string[]).includes(v);

/** Every write and export in the chapter, newest first: who, when, what, before and after. */
export function AuditPage({ chapterId }: { chapterId: number }) {
  const { t } = useTranslation();
  useDocumentTitle(t('workspace.audit.title'));
  const [values, setValue] = useSearchFilters(keys);
  const entity = isEntity(values.entity) ? values.entity : undefined;
  const log = useAuditLog(chapterId, entity);
  const rows = log.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <>
      <h1>{t('workspace.audit.title')}</h1>
      <p className="muted">{t('workspace.audit.intro')}</p>
      <div className="filters">
        <div className="field field-inline">
          <label htmlFor="audit-entity">{t('workspace.audit.entity')}</label>
          <select
            id="audit-entity"
            value={entity ?? ''}
            onChange={(e) => setValue('entity', e.target.value)}
          >
            <option value="">{t('workspace.audit.allEntities')}</option>
            {auditEntities.map((e) => (
              <option key={e} value={e}>
                {t(`workspace.audit.entities.${e}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {log.isPending ? (
        <Loading label={t('workspace.audit.loading')} />
      ) : log.isError ? (
        <QueryError error={log.error} onRetry={() => void log.refetch()} />
      ) : (
        <>
          <AuditTable rows={rows} />
          <LoadMore
            shown={rows.length}
            hasMore={log.hasNextPage}
            loading={log.isFetchingNextPage}
            onLoadMore={() => void log.fetchNextPage()}
          />
        </>
      )}
    </>
  );
}
