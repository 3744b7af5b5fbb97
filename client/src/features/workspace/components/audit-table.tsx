import { roles } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { ScrollBox } from '../../../components/ui/scroll-box';
import { useDateFormat } from '../../../lib/use-date-format';
import { auditEntities, type AuditEntry } from '../api/audit';
import { AuditDiff } from './audit-diff';

const knownActions = [
  'create',
  'update',
  'delete',
  'end',
  'merge',
  'stage',
  'self_report',
  'import_create',
  'import_update',
  'import_members',
  'members',
  'workplaces',
  'login_failed',
] as const;
const known = <T extends string>(list: readonly T[], v: string | null): v is T =>
  v !== null && (list as readonly string[]).includes(v);

/** "members" is what an import brought in, or what an export took out, depending on the entity. */
function ActionLabel({ entity, action }: { entity: string; action: string }) {
  const { t } = useTranslation();
  const key = entity === 'import' ? `import_${action}` : action;
  return <>{known(knownActions, key) ? t(`workspace.audit.actions.${key}`) : action}</>;
}

export function AuditTable({ rows }: { rows: AuditEntry[] }) {
  const { t } = useTranslation();
  const dates = useDateFormat();
  return (
    <section className="table-section" aria-labelledby="audit-table-title">
      <h2 id="audit-table-title" className="visually-hidden">
        {t('workspace.audit.tableTitle')}
      </h2>
      <ScrollBox labelledBy="audit-table-title">
        <table aria-labelledby="audit-table-title" className="audit-table">
          <thead>
            <tr>
              <th scope="col">{t('workspace.audit.when')}</th>
              <th scope="col">{t('workspace.audit.who')}</th>
              <th scope="col">{t('workspace.audit.what')}</th>
              <th scope="col">{t('workspace.audit.changes')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <tr>
                <td colSpan={4}>{t('workspace.audit.empty')}</td>
              </tr>
            )}
            {rows.map((row) => (
              <tr key={row.id}>
                <td className="nowrap" data-label={t('workspace.audit.when')}>
                  <time dateTime={row.at}>{dates.dateTime(row.at)}</time>
                </td>
                <td data-label={t('workspace.audit.who')}>
                  {known(roles, row.actorRole)
                    ? t(`roles.${row.actorRole}`)
                    : (row.actorRole ?? t('workspace.audit.system'))}
                  {row.actorUserId !== null && (
                    <span className="cell-sub muted">
                      {t('workspace.audit.user', { id: row.actorUserId })}
                    </span>
                  )}
                </td>
                <td data-label={t('workspace.audit.what')}>
                  {known(auditEntities, row.entity)
                    ? t(`workspace.audit.entities.${row.entity}`)
                    : row.entity}
                  {row.entityId && ` #${row.entityId}`}
                  <span className="cell-sub">
                    <ActionLabel entity={row.entity} action={row.action} />
                  </span>
                </td>
                <td data-label={t('workspace.audit.changes')}>
                  <AuditDiff before={row.before} after={row.after} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </section>
  );
}
