import { lazy, Suspense } from 'react';
import { useSearchParams } from 'react-router';
import type { SessionUser } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../components/ui/loading';
import { QueryError } from '../../../components/ui/query-error';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { usePodList } from '../api/places';
import { useRecruitment, type ScopeRef } from '../api/recruitment';
import { chosenScope, isComplete } from '../lib/scope';
import { ScopePicker } from './scope-picker';
import '../growth.css';

// The charts bring recharts: loaded with the figures, after the page itself.
const RecruitmentFigures = lazy(() =>
  import('./recruitment-figures').then((m) => ({ default: m.RecruitmentFigures })),
);

/**
 * Joins, lapses and net growth month by month against the scope's goals, joins by source,
 * industry, language and region, and retention. The scope lives in the address.
 */
export function RecruitmentPage({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  useDocumentTitle(t('growth.recruitment.title'));
  const [params, setParams] = useSearchParams();
  const organizerPods = usePodList(null, user.role === 'organizer');
  const firstPod = organizerPods.data?.items[0]?.id ?? null;
  const ref = chosenScope(user, params, firstPod);
  const stats = useRecruitment(isComplete(ref) ? ref : null);

  const choose = (next: ScopeRef) =>
    setParams(
      () => {
        const p = new URLSearchParams({ scope: next.scope });
        if (next.id) p.set('id', next.id);
        return p;
      },
      { replace: true },
    );

  return (
    <div className="growth-page" data-testid="recruitment-page">
      <h1>{t('growth.recruitment.title')}</h1>
      <p className="lead">{t('growth.recruitment.intro')}</p>
      {ref && <ScopePicker user={user} value={ref} onChange={choose} />}
      {!ref ? (
        organizerPods.isError ? (
          <QueryError error={organizerPods.error} onRetry={() => void organizerPods.refetch()} />
        ) : user.role === 'organizer' && organizerPods.isPending ? (
          <Loading label={t('growth.recruitment.loading')} />
        ) : (
          <div className="notice" role="status">
            <p>
              {user.role === 'organizer'
                ? t('growth.recruitment.noPods')
                : t('growth.recruitment.noChapter')}
            </p>
          </div>
        )
      ) : !isComplete(ref) ? (
        <p className="muted">{t('growth.recruitment.chooseRef')}</p>
      ) : stats.isPending ? (
        <Loading label={t('growth.recruitment.loading')} />
      ) : stats.isError ? (
        <QueryError error={stats.error} onRetry={() => void stats.refetch()} />
      ) : (
        <Suspense fallback={<Loading label={t('growth.recruitment.loading')} />}>
          <RecruitmentFigures stats={stats.data} canSetGoals={user.role !== 'organizer'} />
        </Suspense>
      )}
    </div>
  );
}
