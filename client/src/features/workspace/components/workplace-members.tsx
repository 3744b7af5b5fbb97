import { organizingStatus } from '@shopfloor/shared';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ScrollBox } from '../../../components/ui/scroll-box';
import type { WorkplaceDetail } from '../api/workplaces';
import { workspacePaths } from '../paths';

/** The members who work here now; each name opens the member's page. */
export function WorkplaceMembers({ members }: { members: WorkplaceDetail['members'] }) {
  const { t } = useTranslation();
  return (
    <section className="table-section" aria-labelledby="workplace-members">
      <h2 id="workplace-members">{t('workspace.workplace.members')}</h2>
      {members.length === 0 ? (
        <p className="muted">{t('workspace.workplace.noMembers')}</p>
      ) : (
        <ScrollBox labelledBy="workplace-members">
          <table aria-labelledby="workplace-members">
            <thead>
              <tr>
                <th scope="col">{t('workspace.members.name')}</th>
                <th scope="col">{t('workspace.fields.jobTitle')}</th>
                <th scope="col">{t('workspace.members.organizingStatus')}</th>
              </tr>
            </thead>
            <tbody>
              {members.map((m) => {
                const status = organizingStatus.safeParse(m.organizingStatus);
                return (
                  <tr key={m.memberId}>
                    <th scope="row">
                      <Link to={workspacePaths.member(m.memberId)}>
                        {m.firstName} {m.lastName}
                      </Link>
                      {m.shopSteward && (
                        <span className="badge">{t('workspace.fields.shopSteward')}</span>
                      )}
                    </th>
                    <td>{m.jobTitle ?? ''}</td>
                    <td>
                      {status.success ? t(`organizingStatus.${status.data}`) : m.organizingStatus}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollBox>
      )}
    </section>
  );
}
