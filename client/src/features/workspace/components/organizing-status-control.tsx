import { organizingStatuses, type Member, type OrganizingStatus } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../components/ui/query-error';
import { isStale } from '../../../components/ui/use-field-errors';
import { useUpdateMemberMutation } from '../api/members';

/** The member's organizing status: choosing another saves it at once, with the version read. */
export function OrganizingStatusControl({ member }: { member: Member }) {
  const { t } = useTranslation();
  const update = useUpdateMemberMutation();
  const errorText = useErrorText();
  const shown = update.isPending
    ? (update.variables.patch.organizingStatus ?? member.organizingStatus)
    : member.organizingStatus;

  return (
    <div className="field field-inline status-control">
      <label htmlFor="organizing-status">{t('workspace.members.organizingStatus')}</label>
      <select
        id="organizing-status"
        value={shown}
        aria-describedby="organizing-status-message"
        onChange={(e) => {
          if (update.isPending) return;
          update.mutate({
            id: member.id,
            patch: {
              organizingStatus: e.target.value as OrganizingStatus,
              version: member.version,
            },
          });
        }}
      >
        {organizingStatuses.map((s) => (
          <option key={s} value={s}>
            {t(`organizingStatus.${s}`)}
          </option>
        ))}
      </select>
      <p id="organizing-status-message" role="status" className="stage-status">
        {update.isPending
          ? t('workspace.actions.saving')
          : update.isSuccess
            ? t('workspace.actions.saved')
            : ''}
      </p>
      {update.isError && (
        <p className="field-error" role="alert">
          {isStale(update.error) ? t('workspace.errors.stale') : errorText(update.error)}
        </p>
      )}
    </div>
  );
}
