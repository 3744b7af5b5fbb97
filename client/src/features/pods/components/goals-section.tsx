import type { GoalWithProgress } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { CountValue } from '../../../components/ui/count-value';
import { ScrollBox } from '../../../components/ui/scroll-box';
import { useNumberFormat } from '../../../i18n/format';
import { useDateFormat } from '../../../lib/use-date-format';
import { GoalForm } from './goal-form';

interface GoalsSectionProps {
  podId: number;
  goals: readonly GoalWithProgress[];
  canAdd: boolean;
}

/** The pod's goals: each target, how far the pod has come, and by when; the committee adds them. */
export function GoalsSection({ podId, goals, canAdd }: GoalsSectionProps) {
  const { t } = useTranslation();
  const format = useNumberFormat();
  const dates = useDateFormat();
  return (
    <section className="pod-section" id="goals" aria-labelledby="goals-title">
      <h2 id="goals-title">{t('pods.goals.title')}</h2>
      {goals.length === 0 ? (
        <p className="muted">{t('pods.goals.empty')}</p>
      ) : (
        <ScrollBox labelledBy="goals-title">
          <table aria-labelledby="goals-title">
            <thead>
              <tr>
                <th scope="col">{t('pods.goals.metric')}</th>
                <th scope="col" className="num">
                  {t('pods.goals.current')}
                </th>
                <th scope="col" className="num">
                  {t('pods.goals.target')}
                </th>
                <th scope="col">{t('pods.goals.progress')}</th>
                <th scope="col">{t('pods.goals.period')}</th>
              </tr>
            </thead>
            <tbody>
              {goals.map((g) => (
                <tr key={g.id}>
                  <th scope="row" className="sentence-case">
                    {t(`pods.goals.metrics.${g.metric}`)}
                  </th>
                  <td className="num">
                    {g.current === null ? (
                      <span className="muted">–</span>
                    ) : (
                      <CountValue value={g.current} />
                    )}
                  </td>
                  <td className="num">{format.number(g.target)}</td>
                  <td>
                    {typeof g.current === 'number' ? (
                      <span className="goal-progress">
                        <meter
                          min={0}
                          max={g.target}
                          value={Math.min(g.current, g.target)}
                          aria-hidden="true"
                        />
                        {format.percent(g.current / g.target)}
                      </span>
                    ) : (
                      <span className="muted">–</span>
                    )}
                  </td>
                  <td>
                    {g.startsOn
                      ? t('pods.goals.between', {
                          from: dates.date(g.startsOn),
                          to: dates.date(g.dueOn),
                        })
                      : t('pods.goals.by', { due: dates.date(g.dueOn) })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}
      {canAdd && (
        <details className="disclosure goal-add">
          <summary>{t('pods.goals.add')}</summary>
          <GoalForm podId={podId} />
        </details>
      )}
    </section>
  );
}
