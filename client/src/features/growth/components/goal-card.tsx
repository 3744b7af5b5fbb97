import type { ReactNode } from 'react';
import type { GoalStatus } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { CountValue } from '../../../components/ui/count-value';
import { useNumberFormat } from '../../../i18n/format';
import { useDateFormat } from '../../../lib/use-date-format';
import { useGoalText } from '../lib/use-goal-text';
import { useScopeName } from '../lib/use-scope-name';

type Standing = 'met' | 'onPace' | 'behind' | 'pastDue' | 'noTrend' | 'notRecorded' | 'hidden';

/** Where a goal stands, in one word for its badge. */
export function standingOf(g: GoalStatus): Standing {
  if (g.trend === 'met') return 'met';
  if (g.trend === 'suppressed') return 'hidden';
  if (g.monthsLeft !== null && g.monthsLeft <= 0) return 'pastDue';
  if (g.trend === 'rising') return g.onPace ? 'onPace' : 'behind';
  return g.trend === 'no_trend' ? 'noTrend' : 'notRecorded';
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

interface GoalCardProps {
  goal: GoalStatus;
  headingLevel?: 2 | 3;
  /** An edit button or form, under the figures. */
  children?: ReactNode;
}

/** A goal with how far it has come, the pace it still needs, and when the trend would meet it. */
export function GoalCard({ goal: g, headingLevel = 3, children }: GoalCardProps) {
  const { t } = useTranslation();
  const format = useNumberFormat();
  const dates = useDateFormat();
  const goalText = useGoalText();
  const scopeName = useScopeName();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const standing = standingOf(g);
  const headingId = `goal-${g.id}-title`;

  return (
    <article className="goal-card" aria-labelledby={headingId} data-testid={`goal-${g.id}`}>
      <div className="goal-card-head">
        <Heading id={headingId}>{goalText.what(g)}</Heading>
        <span className={`badge goal-badge goal-badge-${standing}`}>
          {t(`growth.goals.standing.${standing}`)}
        </span>
      </div>
      <p className="goal-scope">
        {g.scope === 'nation'
          ? t('growth.goals.nationwide')
          : t('growth.goals.scopeLine', {
              scope: scopeName(g.scope, g.scopeRef, g.scopeLabel),
              kind: t(`growth.scopeKinds.${g.scope}`),
            })}
      </p>
      <p className="goal-progress">
        {typeof g.current === 'number' && (
          <meter min={0} max={g.target} value={Math.min(g.current, g.target)} aria-hidden="true" />
        )}
        <span>
          {g.current === null ? (
            t('growth.goals.notRecorded')
          ) : (
            <>
              <CountValue value={g.current} />{' '}
              {t('growth.goals.ofTarget', { target: format.number(g.target) })}
              {typeof g.current === 'number' &&
                ` (${format.percent(Math.min(g.current / g.target, 9.99))})`}
            </>
          )}
        </span>
      </p>
      <dl className="goal-facts">
        <Fact term={t('growth.goals.period')}>
          {g.startsOn
            ? t('growth.goals.between', { from: dates.date(g.startsOn), to: dates.date(g.dueOn) })
            : t('growth.goals.by', { due: dates.date(g.dueOn) })}
        </Fact>
        <Fact term={t('growth.goals.paceNeeded')}>
          {g.pacePerMonth === null
            ? standing === 'hidden'
              ? t('growth.goals.hiddenWithCount')
              : t('growth.goals.noPace')
            : g.pacePerMonth === 0
              ? t('growth.goals.nothingNeeded')
              : t('growth.goals.pace', {
                  pace: goalText.decimal(g.pacePerMonth),
                  remaining: format.number(g.remaining ?? 0),
                })}
        </Fact>
        <Fact term={t('growth.goals.trend')}>
          {g.trendPerMonth === null
            ? standing === 'hidden'
              ? t('growth.goals.hiddenWithCount')
              : t('growth.goals.noHistory')
            : t('growth.goals.trendValue', {
                trend: `${g.trendPerMonth > 0 ? '+' : ''}${goalText.decimal(g.trendPerMonth)}`,
              })}
        </Fact>
        <Fact term={t('growth.goals.projected')}>
          {g.projectedOn
            ? t(g.onPace ? 'growth.goals.projectedOnPace' : 'growth.goals.projectedLate', {
                date: dates.date(g.projectedOn),
              })
            : t(`growth.goals.projection.${standing}`)}
        </Fact>
      </dl>
      {children}
    </article>
  );
}
