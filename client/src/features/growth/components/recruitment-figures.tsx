import { Link } from 'react-router';
import type { Count, RecruitmentStats } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { SuppressionNotes } from '../../../components/ui/suppression-notes';
import { allCounts, toSeriesRows } from '../../../components/charts/series-rows';
import { breakdownKinds, breakdowns, flowRows, memberRows } from '../lib/recruitment-series';
import { useScopeName } from '../lib/use-scope-name';
import { BreakdownFigure } from './breakdown-figure';
import { FlowFigure } from './flow-figure';
import { GoalCard } from './goal-card';
import { MembersFigure } from './members-figure';
import { RetentionFigure } from './retention-figure';

interface RecruitmentFiguresProps {
  stats: RecruitmentStats;
  canSetGoals: boolean;
}

/** Every recruitment chart of one scope, its goals, and the notes on hidden counts. */
export function RecruitmentFigures({ stats, canSetGoals }: RecruitmentFiguresProps) {
  const { t } = useTranslation();
  const scopeName = useScopeName()(stats.scope, stats.id, stats.label);
  // A region's name takes the article: "Figures for the South", "Cifras del Sur".
  const region = stats.scope === 'region';
  const members = memberRows(stats.series);
  const counts: Count[] = [
    ...allCounts(members),
    ...allCounts(flowRows(stats.series)),
    ...breakdownKinds.flatMap((k) =>
      allCounts(toSeriesRows(stats.series, breakdowns[k].pick, breakdowns[k].keys)),
    ),
    ...stats.retention.flatMap((r) => [r.joined, r.retained]),
    ...stats.goals.flatMap((g) => (g.current === null ? [] : [g.current])),
  ];
  const empty = counts.every((c) => c === 0);
  // A region, state, chapter or pod lies in one region: a breakdown by region would say nothing.
  const regionsVary = stats.scope === 'nation' || stats.scope === 'industry';

  return (
    <>
      <section aria-labelledby="growth-figures-title">
        <h2 id="growth-figures-title">
          {region
            ? t('growth.recruitment.figuresForRegion', { region: scopeName })
            : t('growth.recruitment.figuresFor', { scope: scopeName })}
        </h2>
        {empty ? (
          <div className="notice" role="status" data-testid="recruitment-empty">
            <p className="notice-title">{t('growth.recruitment.empty.title')}</p>
            <p>{t(`growth.recruitment.empty.next.${stats.scope}`)}</p>
          </div>
        ) : (
          <div className="growth-chart-grid">
            <MembersFigure rows={members} goals={stats.goals} />
            <FlowFigure points={stats.series} goals={stats.goals} />
          </div>
        )}
      </section>
      {!empty && (
        <section aria-labelledby="growth-sources-title">
          <h2 id="growth-sources-title">{t('growth.recruitment.by.heading')}</h2>
          <div className="growth-chart-grid">
            {breakdownKinds
              .filter((kind) => kind !== 'region' || regionsVary)
              .map((kind) => (
                <BreakdownFigure key={kind} kind={kind} points={stats.series} />
              ))}
            <RetentionFigure retention={stats.retention} />
          </div>
        </section>
      )}
      <section aria-labelledby="growth-scope-goals-title">
        <h2 id="growth-scope-goals-title">
          {region
            ? t('growth.recruitment.goals.titleRegion', { region: scopeName })
            : t('growth.recruitment.goals.title', { scope: scopeName })}
        </h2>
        {stats.goals.length === 0 ? (
          <p className="muted">
            {t('growth.recruitment.goals.none')}{' '}
            {canSetGoals && <Link to="/goals">{t('growth.recruitment.goals.setOne')}</Link>}
          </p>
        ) : (
          <>
            <div className="goal-list">
              {stats.goals.map((g) => (
                <GoalCard key={g.id} goal={g} />
              ))}
            </div>
            <p>
              <Link to="/goals">{t('growth.recruitment.goals.all')}</Link>
            </p>
          </>
        )}
      </section>
      <SuppressionNotes values={counts} />
    </>
  );
}
