import { useTranslation } from 'react-i18next';
import { Loading } from '../../../components/ui/loading';
import { QueryError } from '../../../components/ui/query-error';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useMe } from '../api';
import { CurrentWork } from './current-work';
import { ReserveOptIn } from './reserve-opt-in';
import { SelfReportForm } from './self-report-form';

/**
 * A member's own page: where they work now, the form to tell the chapter, and the offer to help
 * new labor formations as a reserve organizer.
 */
export function MePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('workspace.me.title'));
  const me = useMe();

  if (me.isPending) return <Loading label={t('workspace.me.loading')} />;
  if (me.isError) return <QueryError error={me.error} onRetry={() => void me.refetch()} />;
  const current = me.data.employments.find((e) => !e.endedOn) ?? null;

  return (
    <div className="me-page" data-testid="me-page">
      <h1>{t('workspace.me.title')}</h1>
      <p className="lead">{t('workspace.me.intro', { chapter: me.data.chapter.name })}</p>
      <CurrentWork employment={current} />
      <SelfReportForm member={me.data.member} current={current} />
      <ReserveOptIn />
    </div>
  );
}
