import type { Count } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { hasHidden, smallLabel } from '../../../components/ui/count-value';

/** What "<5" and a hidden count mean, shown only when the page has some. */
export function CountNotes({ values }: { values: readonly Count[] }) {
  const { t } = useTranslation();
  const small = smallLabel(values);
  const hidden = hasHidden(values);
  if (!small && !hidden) return null;
  return (
    <aside className="footnotes" aria-label={t('counts.notesLabel')}>
      {small && (
        <p>
          <span className="footnote-mark">{small}</span> {t('counts.smallNote')}{' '}
          {t('pods.charts.drawnAsZero')}
        </p>
      )}
      {hidden && (
        <p>
          <span className="footnote-mark" aria-hidden="true">
            •
          </span>{' '}
          {t('counts.hiddenNote')}
        </p>
      )}
    </aside>
  );
}
