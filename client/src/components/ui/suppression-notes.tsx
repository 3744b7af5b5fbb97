import type { Count } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { hasHidden, smallLabel } from './count-value';

interface SuppressionNotesProps {
  values: readonly Count[];
  /** Said after the note on small counts, e.g. how the page's charts draw them. */
  smallAlso?: string;
}

/** Footnotes explaining the suppressed counts on the page, shown only when there are some. */
export function SuppressionNotes({ values, smallAlso }: SuppressionNotesProps) {
  const { t } = useTranslation();
  const small = smallLabel(values);
  const hidden = hasHidden(values);
  if (!small && !hidden) return null;
  return (
    <aside className="footnotes" aria-label={t('counts.notesLabel')}>
      {small && (
        <p>
          <span className="footnote-mark">{small}</span> {t('counts.smallNote')}
          {smallAlso && ` ${smallAlso}`}
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
