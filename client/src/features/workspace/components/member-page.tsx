import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../components/ui/loading';
import { QueryError } from '../../../components/ui/query-error';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useMember } from '../api/members';
import { workspacePaths } from '../paths';
import { AddEmploymentForm } from './add-employment-form';
import { EmploymentsList } from './employments-list';
import { MemberDetails } from './member-details';
import { OrganizingStatusControl } from './organizing-status-control';
import { StatusHistory } from './status-history';

interface MemberPageProps {
  chapterId: number;
  memberId: number;
}

/** One member: their details, where they work, and how far they have got in organizing. */
export function MemberPage({ chapterId, memberId }: MemberPageProps) {
  const { t } = useTranslation();
  const member = useMember(memberId);
  const name = member.data ? `${member.data.firstName} ${member.data.lastName}` : '';
  useDocumentTitle(name || t('workspace.member.title'));

  if (member.isPending) return <Loading label={t('workspace.member.loading')} />;
  if (member.isError) {
    return <QueryError error={member.error} onRetry={() => void member.refetch()} />;
  }
  const m = member.data;

  return (
    <>
      <p className="back-link">
        <Link to={workspacePaths.members}>{t('workspace.member.back')}</Link>
      </p>
      <h1>{name}</h1>
      <OrganizingStatusControl member={m} />
      <MemberDetails member={m} />
      <section className="card" aria-labelledby="member-work">
        <h2 id="member-work">{t('workspace.member.work')}</h2>
        <EmploymentsList employments={m.employments} />
        <AddEmploymentForm chapterId={chapterId} memberId={m.id} />
      </section>
      <section aria-labelledby="member-history">
        <h2 id="member-history">{t('workspace.member.history')}</h2>
        <StatusHistory entries={m.history} />
      </section>
    </>
  );
}
