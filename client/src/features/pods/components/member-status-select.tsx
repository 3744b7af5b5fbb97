import { organizingStatuses, type OrganizingStatus, type PodMember } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../components/ui/query-error';
import { isStale } from '../../../components/ui/use-field-errors';
import { useMemberStatusMutation } from '../api/pod-mutations';

/**
 * A member's organizing status in one tap: choosing another saves it at once with the version
 * read. If someone else changed the member first (409), the pod is reloaded and the reader told.
 */
export function MemberStatusSelect({ member }: { member: PodMember }) {
  const { t } = useTranslation();
  const update = useMemberStatusMutation();
  const errorText = useErrorText();
  const name = `${member.firstName} ${member.lastName}`;
  const shown = update.isPending ? update.variables.organizingStatus : member.organizingStatus;
  const id = `member-status-${member.id}`;

  return (
    <div className="inline-control">
      <select
        id={id}
        className={`status-select status-${shown}`}
        aria-label={t('pods.members.statusLabel', { name })}
        aria-describedby={`${id}-message`}
        aria-busy={update.isPending || undefined}
        value={shown}
        onChange={(e) => {
          if (update.isPending) return;
          update.mutate({
            memberId: member.id,
            organizingStatus: e.target.value as OrganizingStatus,
            version: member.version,
          });
        }}
      >
        {organizingStatuses.map((s) => (
          <option key={s} value={s}>
            {t(`organizingStatus.${s}`)}
          </option>
        ))}
      </select>
      <p id={`${id}-message`} className="control-status" role="status">
        {update.isPending
          ? t('pods.actions.saving')
          : update.isSuccess
            ? t('pods.actions.saved')
            : ''}
      </p>
      {update.isError && (
        <p className="field-error" role="alert">
          {isStale(update.error) ? t('pods.errors.stale') : errorText(update.error)}
        </p>
      )}
    </div>
  );
}
