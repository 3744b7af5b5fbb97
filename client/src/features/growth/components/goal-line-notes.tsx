import { useTranslation } from 'react-i18next';
import type { GoalLine } from '../lib/recruitment-series';
import { useCountText } from '../lib/use-count-text';
import { useGoalText } from '../lib/use-goal-text';

interface GoalLineNotesProps {
  /** Goals drawn as dashed lines (their label on the chart is short: the full goal is here). */
  drawn: readonly GoalLine[];
  /** Goals too far above the chart's figures to draw, named instead with where they stand. */
  offScale: readonly GoalLine[];
  /** The lines are monthly rates of a recruiting goal, not levels. */
  rate?: boolean;
}

/** What each goal line on a chart stands for, and the goals left off it. */
export function GoalLineNotes({ drawn, offScale, rate = false }: GoalLineNotesProps) {
  const { t } = useTranslation();
  const countText = useCountText();
  const goalText = useGoalText();
  if (drawn.length + offScale.length === 0) return null;
  const args = (l: GoalLine) => ({ goal: goalText.what(l.goal), rate: goalText.decimal(l.value) });
  return (
    <ul className="chart-notes">
      {drawn.map((l) => (
        <li key={l.goal.id}>
          {t(rate ? 'growth.recruitment.drawnRate' : 'growth.recruitment.drawn', args(l))}
        </li>
      ))}
      {offScale.map((l) => (
        <li key={l.goal.id}>
          {t(rate ? 'growth.recruitment.offScaleRate' : 'growth.recruitment.offScale', args(l))}{' '}
          {l.goal.current !== null &&
            t('growth.recruitment.offScaleNow', { current: countText(l.goal.current) })}
        </li>
      ))}
    </ul>
  );
}
