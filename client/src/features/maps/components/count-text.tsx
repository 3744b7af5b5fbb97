import { COMPLEMENTARY, type Count } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { useNumberFormat } from '../../../i18n/format';
import { shareOf } from '../choropleth';

/** A count as the server sent it: a number, "<5" as it is, or "suppressed" shown as an explained •. */
export function CountText({ value }: { value: Count }) {
  const { t } = useTranslation();
  const format = useNumberFormat();
  if (typeof value === 'number') return <>{format.number(value)}</>;
  if (value === COMPLEMENTARY) {
    return (
      <span className="count-hidden" title={t('counts.hiddenTitle')}>
        <span aria-hidden="true">•</span>
        <span className="visually-hidden">{t('counts.hiddenTitle')}</span>
      </span>
    );
  }
  return (
    <span className="count-small" title={t('counts.smallTitle')}>
      {value}
    </span>
  );
}

/** mapped / members as a percent, only when both are numbers. */
export function ShareText({ part, whole }: { part: Count; whole: Count }) {
  const { t } = useTranslation();
  const format = useNumberFormat();
  const share = shareOf(part, whole);
  if (share.kind === 'number') return <>{format.percent(share.value)}</>;
  const reason = share.kind === 'none' ? t('counts.shareNoMembers') : t('counts.shareHidden');
  return (
    <span className="count-none" title={reason}>
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">{reason}</span>
    </span>
  );
}
