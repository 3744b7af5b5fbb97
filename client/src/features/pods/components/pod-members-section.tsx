import type { PodMember } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { ScrollBox } from '../../../components/ui/scroll-box';
import { MemberStatusSelect } from './member-status-select';

interface PodMembersSectionProps {
  members: readonly PodMember[];
  /** Coordinators and the committee move a status in one tap; others read it. */
  canMove: boolean;
}

/** The pod's members with their organizing status, sorted by last name. */
export function PodMembersSection({ members, canMove }: PodMembersSectionProps) {
  const { t } = useTranslation();
  return (
    <section className="pod-section" id="members" aria-labelledby="members-title">
      <h2 id="members-title">{t('pods.members.title')}</h2>
      {canMove && <p className="muted">{t('pods.members.hint')}</p>}
      <ScrollBox labelledBy="members-title">
        <table aria-labelledby="members-title" className="pod-table">
          <thead>
            <tr>
              <th scope="col">{t('pods.fields.name')}</th>
              <th scope="col">{t('pods.fields.status')}</th>
            </tr>
          </thead>
          <tbody>
            {members.length === 0 && (
              <tr>
                <td colSpan={2}>{t('pods.members.empty')}</td>
              </tr>
            )}
            {members.map((m) => (
              <tr key={m.id} data-testid={`pod-member-${m.id}`}>
                <th scope="row">
                  {m.firstName} {m.lastName}
                  <span className="cell-sub muted">
                    {m.mapped ? t('pods.members.mapped') : t('pods.members.notMapped')}
                  </span>
                </th>
                <td>
                  {canMove ? (
                    <MemberStatusSelect member={m} />
                  ) : (
                    t(`organizingStatus.${m.organizingStatus}`)
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </section>
  );
}
