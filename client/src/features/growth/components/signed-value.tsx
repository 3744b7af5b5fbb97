import { useTranslation } from 'react-i18next';
import { useNumberFormat } from '../../../i18n/format';

/** A net change with its sign ("+8", "−2"); none when a part of it is a hidden count. */
export function SignedValue({ value }: { value: number | null }) {
  const { t } = useTranslation();
  const format = useNumberFormat();
  if (value === null) {
    const reason = t('growth.charts.netHidden');
    return (
      <span className="count-none" title={reason}>
        <span aria-hidden="true">–</span>
        <span className="visually-hidden">{reason}</span>
      </span>
    );
  }
  if (value > 0) return <>+{format.number(value)}</>;
  if (value < 0) return <>−{format.number(-value)}</>;
  return <>{format.number(0)}</>;
}
