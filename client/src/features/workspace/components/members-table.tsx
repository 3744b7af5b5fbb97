import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ScrollBox } from '../../../components/ui/scroll-box';
import type { MemberRow } from '../api/members';
import { workspacePaths } from '../paths';

export function MembersTable({ rows, emptyText }: { rows: MemberRow[]; emptyText: string }) {
  const { t } = useTranslation();
  return (
    <section className="table-section" aria-labelledby="members-table-title">
      <h2 id="members-table-title" className="visually-hidden">
        {t('workspace.members.tableTitle')}
      </h2>
      <ScrollBox labelledBy="members-table-title">
        <table aria-labelledby="members-table-title">
          <thead>
            <tr>
              <th scope="col">{t('workspace.members.name')}</th>
              <th scope="col">{t('workspace.members.status')}</th>
              <th scope="col">{t('workspace.members.organizingStatus')}</th>
              <th scope="col">{t('workspace.members.mapped')}</th>
              <th scope="col">{t('workspace.members.union')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <tr>
                <td colSpan={5}>{emptyText}</td>
              </tr>
            )}
            {rows.map((m) => (
              <tr key={m.id}>
                <th scope="row">
                  <Link to={workspacePaths.member(m.id)}>
                    {m.firstName} {m.lastName}
                  </Link>
                  {m.email && <span className="cell-sub muted">{m.email}</span>}
                </th>
                <td>{t(`workspace.membershipStatus.${m.status}`)}</td>
                <td>{t(`organizingStatus.${m.organizingStatus}`)}</td>
                <td>
                  {m.mapped ? t('workspace.members.mappedYes') : t('workspace.members.mappedNo')}
                </td>
                <td>
                  {m.unionMember
                    ? [m.unionName, m.unionLocal].filter(Boolean).join(' ') ||
                      t('workspace.members.unionYes')
                    : ''}
                  {m.unionStaff && <span className="badge">{t('workspace.members.staffer')}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </section>
  );
}
