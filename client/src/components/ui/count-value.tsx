import { COMPLEMENTARY, type Count } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { numberFormat } from '../../i18n/format';

/**
 * A count as the server sent it: a number, a small-cell label such as "<5" shown as it is, or
 * "suppressed" (hidden so a neighbouring small count cannot be recovered by subtraction).
 */
export function CountValue({ value }: { value: Count }) {
  // One useTranslation, not two: a national table has hundreds of these.
  const { t, i18n } = useTranslation();
  const format = numberFormat(i18n.resolvedLanguage ?? 'en');
  if (typeof value === 'number') return <>{format.number(value)}</>;
  if (value === COMPLEMENTARY) {
    return (
      <span className="count-hidden" title={t('counts.hiddenTitle')}>
        <span aria-hidden="true">•</span>
        <span className="visually-hidden">{t('counts.hiddenLabel')}</span>
      </span>
    );
  }
  return (
    <span className="count-small" title={t('counts.smallTitle')}>
      {value}
    </span>
  );
}

/** mapped / members, only when both are numbers: a suppressed count is never computed with. */
export function ShareValue({ part, whole }: { part: Count; whole: Count }) {
  const { t, i18n } = useTranslation();
  const format = numberFormat(i18n.resolvedLanguage ?? 'en');
  if (typeof part === 'number' && typeof whole === 'number' && whole > 0) {
    return <>{format.percent(part / whole)}</>;
  }
  const reason = whole === 0 ? t('counts.shareNoMembers') : t('counts.shareHidden');
  return (
    <span className="count-none" title={reason}>
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">{reason}</span>
    </span>
  );
}

export function hasHidden(values: readonly Count[]): boolean {
  return values.some((v) => v === COMPLEMENTARY);
}

/** The small-cell label the server used on this page ("<5" unless configured higher), if any. */
export function smallLabel(values: readonly Count[]): string | undefined {
  return values.find((v): v is string => typeof v === 'string' && v !== COMPLEMENTARY);
}
