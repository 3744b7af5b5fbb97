import { useState } from 'react';
import type { WorkplaceSummary } from '@shopfloor/shared';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../components/ui/query-error';
import { isStale } from '../../../components/ui/use-field-errors';
import { useNumberFormat } from '../../../i18n/format';
import { useMergeWorkplaceMutation, type DuplicatePair } from '../api/workplaces';
import { workspacePaths } from '../paths';

const describe = (w: WorkplaceSummary) =>
  [w.employer, w.siteName, [w.city, w.zip].filter(Boolean).join(' ')].filter(Boolean).join(' · ');

/** One likely duplicate: choose which record to keep, confirm, and the other merges into it. */
export function DuplicatePairItem({ pair }: { pair: DuplicatePair }) {
  const { t } = useTranslation();
  const format = useNumberFormat();
  const errorText = useErrorText();
  const merge = useMergeWorkplaceMutation();
  const [keep, setKeep] = useState<WorkplaceSummary | null>(null);
  const drop = keep && (keep.id === pair.a.id ? pair.b : pair.a);
  const reason = pair.reason === 'same_city' ? 'sameCity' : 'sameZip';

  return (
    <li className="duplicate card">
      <p className="muted">
        {t(`workspace.duplicates.reasons.${reason}`)} ·{' '}
        {t('workspace.duplicates.similarity', { percent: format.percent(pair.similarity) })}
      </p>
      <div className="duplicate-sides">
        {[pair.a, pair.b].map((w) => (
          <div key={w.id} className="duplicate-side">
            <p>
              <Link to={workspacePaths.workplace(w.id)}>{describe(w)}</Link>
            </p>
            <p className="muted">
              {t('workspace.duplicates.members', { count: w.members })}
              {!w.confirmed && ` · ${t('workspace.workplaces.unconfirmed')}`}
            </p>
            <button
              type="button"
              className="button button-small button-secondary"
              aria-pressed={keep?.id === w.id}
              onClick={() => {
                merge.reset();
                setKeep(w);
              }}
            >
              {t('workspace.duplicates.keep')}
            </button>
          </div>
        ))}
      </div>
      {keep && drop && (
        <div
          className="confirm-box"
          role="group"
          aria-label={t('workspace.duplicates.confirmLabel')}
        >
          <p>
            {t('workspace.duplicates.confirm', {
              drop: describe(drop),
              keep: describe(keep),
              count: drop.members,
            })}
          </p>
          <div className="button-row">
            <button
              type="button"
              className="button button-small"
              disabled={merge.isPending}
              onClick={() => merge.mutate({ id: drop.id, intoId: keep.id, version: drop.version })}
            >
              {merge.isPending ? t('workspace.actions.saving') : t('workspace.duplicates.merge')}
            </button>
            <button
              type="button"
              className="button button-small button-secondary"
              onClick={() => setKeep(null)}
            >
              {t('workspace.actions.cancel')}
            </button>
          </div>
          {merge.isError && (
            <p className="field-error" role="alert">
              {isStale(merge.error) ? t('workspace.errors.stale') : errorText(merge.error)}
            </p>
          )}
        </div>
      )}
    </li>
  );
}
