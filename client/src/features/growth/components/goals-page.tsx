import { useState } from 'react';
import { Link } from 'react-router';
import type { GoalStatus, SessionUser } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { LoadMore } from '../../../components/ui/load-more';
import { Loading } from '../../../components/ui/loading';
import { QueryError } from '../../../components/ui/query-error';
import { SuppressionNotes } from '../../../components/ui/suppression-notes';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useGoals } from '../api/goals';
import { creatableScopes, mayEdit } from '../lib/goal-rights';
import { GoalCard } from './goal-card';
import { GoalCreateForm } from './goal-create-form';
import { GoalEditForm } from './goal-edit-form';
import '../growth.css';

function GoalItem({ goal, user }: { goal: GoalStatus; user: SessionUser }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const label = t('growth.goals.editOne', { id: goal.id });
  return (
    <GoalCard goal={goal} headingLevel={2}>
      {mayEdit(user, goal) ? (
        editing ? (
          <GoalEditForm goal={goal} onDone={() => setEditing(false)} />
        ) : (
          <button
            type="button"
            className="button button-secondary button-small"
            aria-label={label}
            onClick={() => setEditing(true)}
          >
            {t('growth.goals.edit')}
          </button>
        )
      ) : (
        goal.scope === 'pod' && (
          <p className="goal-note">
            <Link to={`/pods/${goal.scopeRef}#goals`}>{t('growth.goals.onPodPage')}</Link>
          </p>
        )
      )}
    </GoalCard>
  );
}

/** Every goal the user may see with its progress; national and chapter committees set theirs. */
export function GoalsPage({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  useDocumentTitle(t('growth.goals.title'));
  const goals = useGoals();
  const canCreate = creatableScopes(user).length > 0;
  const rows = goals.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <div className="growth-page" data-testid="goals-page">
      <h1>{t('growth.goals.title')}</h1>
      <p className="lead">
        {t(`growth.goals.intro.${user.role === 'organizer' ? 'organizer' : 'staff'}`)}
      </p>
      {canCreate && (
        <details className="disclosure card goal-new">
          <summary>{t('growth.goals.form.open')}</summary>
          <GoalCreateForm user={user} />
        </details>
      )}
      {goals.isPending ? (
        <Loading label={t('growth.goals.loading')} />
      ) : goals.isError ? (
        <QueryError error={goals.error} onRetry={() => void goals.refetch()} />
      ) : rows.length === 0 ? (
        <div className="notice" role="status" data-testid="goals-empty">
          <p className="notice-title">{t('growth.goals.empty.title')}</p>
          <p>{t(canCreate ? 'growth.goals.empty.create' : 'growth.goals.empty.ask')}</p>
        </div>
      ) : (
        <>
          <div className="goal-list">
            {rows.map((g) => (
              <GoalItem key={g.id} goal={g} user={user} />
            ))}
          </div>
          <LoadMore
            shown={rows.length}
            hasMore={goals.hasNextPage}
            loading={goals.isFetchingNextPage}
            onLoadMore={() => void goals.fetchNextPage()}
          />
          <SuppressionNotes values={rows.flatMap((g) => (g.current === null ? [] : [g.current]))} />
        </>
      )}
    </div>
  );
}
