import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../components/ui/loading';
import { QueryError } from '../../../components/ui/query-error';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useUpdateWorkplaceMutation, useWorkplace } from '../api/workplaces';
import { workspacePaths } from '../paths';
import { CampaignPanel } from './campaign-panel';
import { WorkplaceFacts } from './workplace-facts';
import { toWorkplaceBody, WorkplaceForm } from './workplace-form';
import { WorkplaceMembers } from './workplace-members';

/** One workplace: its figures, its campaign and history, who works there, and its edit form. */
export function WorkplacePage({ workplaceId }: { workplaceId: number }) {
  const { t } = useTranslation();
  const workplace = useWorkplace(workplaceId);
  const update = useUpdateWorkplaceMutation();
  useDocumentTitle(workplace.data?.employer ?? t('workspace.workplace.title'));

  if (workplace.isPending) return <Loading label={t('workspace.workplace.loading')} />;
  if (workplace.isError) {
    return <QueryError error={workplace.error} onRetry={() => void workplace.refetch()} />;
  }
  const w = workplace.data;

  return (
    <>
      <p className="back-link">
        <Link to={workspacePaths.workplaces}>{t('workspace.workplace.back')}</Link>
      </p>
      <h1>
        {w.employer}
        {w.siteName && <span className="heading-sub">{w.siteName}</span>}
      </h1>
      <WorkplaceFacts workplace={w} />
      <CampaignPanel workplaceId={w.id} employer={w.employer} />
      <WorkplaceMembers members={w.members} />
      <details className="card disclosure">
        <summary>{t('workspace.workplace.edit')}</summary>
        {update.isSuccess && (
          <div className="notice" role="status">
            <p>{t('workspace.workplace.savedEdit')}</p>
          </div>
        )}
        <WorkplaceForm
          // A new version from the server (after saving, or someone else's change) refills the form.
          key={w.version}
          idPrefix="edit-workplace"
          initial={{
            employer: w.employer,
            siteName: w.siteName ?? '',
            address: w.address ?? '',
            zip: w.zip,
            industry: w.industry ?? '',
            size: w.size ?? '',
            unionStatus: w.unionStatus,
            unionName: w.unionName ?? '',
          }}
          submitLabel={t('workspace.actions.save')}
          pending={update.isPending}
          error={update.error}
          onSubmit={(values) =>
            update.mutate({ id: w.id, patch: { ...toWorkplaceBody(values), version: w.version } })
          }
        />
      </details>
    </>
  );
}
