import { useState } from 'react';
import { mentorshipStatuses, type MentorshipStatus } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/ui/field';
import { LoadMore } from '../../../components/ui/load-more';
import { Loading } from '../../../components/ui/loading';
import { QueryError } from '../../../components/ui/query-error';
import { useMentorships } from '../api/mentorships';
import { MentorshipCreateForm } from './mentorship-create-form';
import { MentorshipItem } from './mentorship-item';

/** Mentorships between reserve organizers and chapters: the list by status, and a new pairing. */
export function MentorshipsSection() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<MentorshipStatus | null>(null);
  const list = useMentorships(status);
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <section id="mentorships" aria-labelledby="mentorships-title">
      <h2 id="mentorships-title">{t('growth.mentorships.title')}</h2>
      <details className="disclosure card">
        <summary>{t('growth.mentorships.form.open')}</summary>
        <MentorshipCreateForm />
      </details>
      <div className="growth-filters">
        <Field id="mentorship-filter" label={t('growth.mentorships.filter')}>
          {(c) => (
            <select
              {...c}
              value={status ?? ''}
              onChange={(e) => setStatus((e.target.value || null) as MentorshipStatus | null)}
            >
              <option value="">{t('growth.mentorships.anyStatus')}</option>
              {mentorshipStatuses.map((s) => (
                <option key={s} value={s}>
                  {t(`growth.mentorships.statuses.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      {list.isPending ? (
        <Loading label={t('growth.mentorships.loading')} />
      ) : list.isError ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : rows.length === 0 ? (
        <div className="notice" role="status">
          <p>{status ? t('growth.mentorships.noneWithStatus') : t('growth.mentorships.none')}</p>
        </div>
      ) : (
        <>
          <ul className="mentorship-list" data-testid="mentorship-list">
            {rows.map((m) => (
              <MentorshipItem key={m.id} mentorship={m} />
            ))}
          </ul>
          <LoadMore
            shown={rows.length}
            hasMore={list.hasNextPage}
            loading={list.isFetchingNextPage}
            onLoadMore={() => void list.fetchNextPage()}
          />
        </>
      )}
    </section>
  );
}
