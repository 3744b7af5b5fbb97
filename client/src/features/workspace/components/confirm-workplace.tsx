import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../components/ui/query-error';
import { isStale } from '../../../components/ui/use-field-errors';
import { useUpdateWorkplaceMutation } from '../api/workplaces';

interface ConfirmWorkplaceProps {
  id: number;
  version: number;
  compact?: boolean;
}

/**
 * Marks a workplace a member reported as unconfirmed, with a button to confirm it once the
 * committee has checked it is real and not a duplicate.
 */
export function ConfirmWorkplace({ id, version, compact }: ConfirmWorkplaceProps) {
  const { t } = useTranslation();
  const update = useUpdateWorkplaceMutation();
  const errorText = useErrorText();
  return (
    <span className={compact ? 'unconfirmed unconfirmed-compact' : 'unconfirmed'}>
      <span className="badge badge-warning">{t('workspace.workplaces.unconfirmed')}</span>
      {!compact && <span className="muted">{t('workspace.workplaces.unconfirmedHelp')}</span>}
      <button
        type="button"
        className="button button-small button-secondary"
        disabled={update.isPending}
        onClick={() => update.mutate({ id, patch: { confirmed: true, version } })}
      >
        {update.isPending ? t('workspace.actions.saving') : t('workspace.workplaces.confirm')}
      </button>
      {update.isError && (
        <span className="field-error" role="alert">
          {isStale(update.error) ? t('workspace.errors.stale') : errorText(update.error)}
        </span>
      )}
    </span>
  );
}
