import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LoadMore } from '../../../components/ui/load-more';
import { Loading } from '../../../components/ui/loading';
import { QueryError } from '../../../components/ui/query-error';
import { useSubmittedCampaigns } from '../api/campaigns';
import { podPaths } from '../lib/paths';
import { useCampaignName } from '../lib/use-campaign-name';
import { ApprovalDecisionForm, type Decision } from './approval-decision-form';
import { QueueFacts } from './queue-facts';

/** Campaigns chapters have put to the DSLC, each with its approve-or-decline form. */
export function ApprovalQueue() {
  const { t } = useTranslation();
  const queue = useSubmittedCampaigns();
  const name = useCampaignName();
  // The decided campaign leaves the queue, and its form with it: the news is said here.
  const [decided, setDecided] = useState<{ name: string; decision: Decision } | null>(null);
  const items = queue.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <section className="pod-section" aria-labelledby="queue-title" data-testid="approval-queue">
      <h2 id="queue-title">{t('pods.queue.title')}</h2>
      <p className="muted">{t('pods.queue.intro')}</p>
      <p role="status" className="control-status">
        {decided ? t(`pods.queue.decided.${decided.decision}`, { name: decided.name }) : ''}
      </p>
      {queue.isPending ? (
        <Loading label={t('pods.queue.loading')} />
      ) : queue.isError ? (
        <QueryError error={queue.error} onRetry={() => void queue.refetch()} />
      ) : items.length === 0 ? (
        <p className="muted">{t('pods.queue.empty')}</p>
      ) : (
        <>
          <ul className="queue-list">
            {items.map((c) => (
              <li key={c.id} className="card queue-item" data-testid={`queue-${c.id}`}>
                <h3>
                  <Link to={podPaths.campaign(c.id)}>{name(c)}</Link>
                </h3>
                <QueueFacts campaign={c} />
                {c.approvalMetrics && (
                  <div className="quote">
                    <p className="quote-label">{t('pods.approval.proposedMetrics')}</p>
                    <p>{c.approvalMetrics}</p>
                  </div>
                )}
                <ApprovalDecisionForm
                  campaign={c}
                  idBase={`queue-${c.id}`}
                  onDecided={(decision) => setDecided({ name: name(c), decision })}
                />
              </li>
            ))}
          </ul>
          <LoadMore
            shown={items.length}
            hasMore={queue.hasNextPage}
            loading={queue.isFetchingNextPage}
            onLoadMore={() => void queue.fetchNextPage()}
          />
        </>
      )}
    </section>
  );
}
