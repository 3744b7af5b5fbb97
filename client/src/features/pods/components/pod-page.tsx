import type { SessionUser } from '@shopfloor/shared';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../components/ui/loading';
import { QueryError } from '../../../components/ui/query-error';
import { ApiError } from '../../../lib/http';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { usePod } from '../api/pods';
import { podAbilities } from '../lib/abilities';
import { podPaths } from '../lib/paths';
import { GoalsSection } from './goals-section';
import { MeetingsSection } from './meetings-section';
import { PodHeader } from './pod-header';
import { PodMembersSection } from './pod-members-section';
import { PodProgressSection } from './pod-progress-section';
import { PodWorkplacesSection } from './pod-workplaces-section';
import '../pods.css';

interface PodPageProps {
  podId: number;
  user: Pick<SessionUser, 'role'>;
}

/** One pod: its progress over time, its members' statuses, its workplaces, meetings and goals. */
export function PodPage({ podId, user }: PodPageProps) {
  const { t } = useTranslation();
  const pod = usePod(podId);
  useDocumentTitle(pod.data?.name ?? t('pods.pod.title'));

  if (pod.isPending) return <Loading label={t('pods.pod.loading')} />;
  if (pod.isError) {
    const missing = pod.error instanceof ApiError && pod.error.status === 404;
    return missing ? (
      <div className="notice" role="status">
        <p className="notice-title">{t('pods.pod.notFound')}</p>
        <p>
          <Link to={podPaths.list}>{t('pods.pod.backToList')}</Link>
        </p>
      </div>
    ) : (
      <QueryError error={pod.error} onRetry={() => void pod.refetch()} />
    );
  }

  const data = pod.data;
  const can = podAbilities(user, data);
  const members = user.role === 'member' ? undefined : data.members;
  const sections = [
    can.seesProgress && (['progress', t('pods.progress.title')] as const),
    members && (['members', t('pods.members.title')] as const),
    data.workplaces && (['workplaces', t('pods.workplaces.title')] as const),
    ['meetings', t('pods.meetings.title')] as const,
    ['goals', t('pods.goals.title')] as const,
  ].filter((s) => !!s);

  return (
    <div className="pod-page" data-testid="pod-page">
      <PodHeader pod={data} />
      <nav className="page-sections" aria-label={t('pods.pod.sections')}>
        <ul>
          {sections.map(([id, label]) => (
            <li key={id}>
              <a href={`#${id}`}>{label}</a>
            </li>
          ))}
        </ul>
      </nav>
      {can.seesProgress && <PodProgressSection podId={podId} />}
      {members && <PodMembersSection members={members} canMove={can.movesStatus} />}
      {data.workplaces && (
        <PodWorkplacesSection
          workplaces={data.workplaces}
          canMove={can.movesStage}
          canStart={can.startsCampaign}
        />
      )}
      <MeetingsSection
        podId={podId}
        members={members ?? []}
        canRecord={can.recordsMeetings}
        canTakeAttendance={can.takesAttendance && !!members?.length}
      />
      <GoalsSection podId={podId} goals={data.goals} canAdd={can.setsGoals} />
    </div>
  );
}
