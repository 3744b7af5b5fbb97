import type { GoalStatus } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { useNumberFormat } from '../../../i18n/format';
import { useDateFormat } from '../../../lib/use-date-format';

/** How goals are named in lines, notes and headings: "60 members by Dec 31, 2027". */
export function useGoalText() {
  const { t } = useTranslation();
  const format = useNumberFormat();
  const dates = useDateFormat();
  return {
    /** The goal itself: its target, what it counts, and when it is due. */
    what: (g: Pick<GoalStatus, 'metric' | 'target' | 'dueOn'>) =>
      t('growth.goals.what', {
        target: format.number(g.target),
        metric: t(`growth.metrics.${g.metric}`, { count: g.target }),
        due: dates.date(g.dueOn),
      }),
    /** A decimal such as a monthly pace, to one place. */
    decimal: (n: number) => format.number(Math.round(n * 10) / 10),
  };
}
