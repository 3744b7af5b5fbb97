import { COMPLEMENTARY, type Count } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { useNumberFormat } from '../../../i18n/format';

/** A count as plain text for a chart's labels: "12", "<5", or "hidden" for a complementary one. */
export function useCountText() {
  const { t } = useTranslation();
  const format = useNumberFormat();
  return (count: Count): string => {
    if (typeof count === 'number') return format.number(count);
    return count === COMPLEMENTARY ? t('growth.charts.hidden') : count;
  };
}
