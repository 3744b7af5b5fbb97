import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components/ui/query-error';
import { useDuplicates } from '../api/workplaces';
import { DuplicatePairItem } from './duplicate-pair-item';

/** Workplaces that look like one place entered twice, each pair with a way to merge it. */
export function DuplicatesPanel({ chapterId }: { chapterId: number }) {
  const { t } = useTranslation();
  const duplicates = useDuplicates(chapterId);
  if (duplicates.isPending) return null;
  if (duplicates.isError) {
    return (
      <QueryError
        error={duplicates.error}
        title={t('workspace.duplicates.failed')}
        onRetry={() => void duplicates.refetch()}
      />
    );
  }
  if (duplicates.data.length === 0) return null;
  return (
    <section className="duplicates" aria-labelledby="duplicates-title">
      <h2 id="duplicates-title">
        {t('workspace.duplicates.title', { count: duplicates.data.length })}
      </h2>
      <p className="muted">{t('workspace.duplicates.intro')}</p>
      <ul className="duplicate-list">
        {duplicates.data.map((pair) => (
          <DuplicatePairItem key={`${pair.a.id}-${pair.b.id}`} pair={pair} />
        ))}
      </ul>
    </section>
  );
}
