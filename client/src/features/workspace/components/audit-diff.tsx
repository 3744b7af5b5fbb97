import { useTranslation } from 'react-i18next';
import { auditChanges, showValue, type AuditChange } from '../audit-changes';

const FIRST = 4;

function ChangeItem({ change }: { change: AuditChange }) {
  const { t } = useTranslation();
  const none = <span className="muted">{t('workspace.audit.emptyValue')}</span>;
  return (
    <li>
      <code>{change.key}</code>:{' '}
      {change.before === undefined ? null : (
        <>
          <del>{change.before === null ? none : showValue(change.before)}</del>
          <span aria-hidden="true"> → </span>
          <span className="visually-hidden"> {t('workspace.audit.to')} </span>
        </>
      )}
      <ins>
        {change.after === undefined || change.after === null ? none : showValue(change.after)}
      </ins>
    </li>
  );
}

/** A compact before → after: the first few changed fields, the rest behind a disclosure. */
export function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  const { t } = useTranslation();
  const changes = auditChanges(before, after);
  if (changes.length === 0) return <span className="muted">–</span>;
  const first = changes.slice(0, FIRST);
  const rest = changes.slice(FIRST);
  return (
    <div className="diff">
      <ul className="diff-list">
        {first.map((c) => (
          <ChangeItem key={c.key} change={c} />
        ))}
      </ul>
      {rest.length > 0 && (
        <details>
          <summary>{t('workspace.audit.more', { count: rest.length })}</summary>
          <ul className="diff-list">
            {rest.map((c) => (
              <ChangeItem key={c.key} change={c} />
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
