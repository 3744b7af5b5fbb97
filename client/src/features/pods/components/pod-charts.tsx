import type { PodProgress } from '@shopfloor/shared';
import { ActivityFigure } from './activity-figure';
import { CountNotes } from './count-notes';
import { FunnelFigure } from './funnel-figure';
import { StageBarsFigure } from './stage-bars-figure';
import { StatusAreaFigure } from './status-area-figure';
import { allCounts } from '../../../components/charts/series-rows';
import { activitySeries, stageSeries, statusSeries } from '../lib/progress-series';

/** The four progress charts, each with its table; notes on suppressed counts under them all. */
export function PodCharts({ progress }: { progress: PodProgress }) {
  const statuses = statusSeries(progress.series);
  const stages = stageSeries(progress.series);
  const activity = activitySeries(progress.series);
  const counts = [
    ...allCounts(statuses),
    ...allCounts(stages),
    ...allCounts(activity),
    ...Object.values(progress.funnel),
  ];
  return (
    <>
      <div className="chart-grid">
        <StatusAreaFigure
          rows={statuses}
          members={progress.series.map((p) => p.members)}
          goals={progress.goals}
        />
        <FunnelFigure funnel={progress.funnel} />
        <StageBarsFigure rows={stages} />
        <ActivityFigure rows={activity} />
      </div>
      <CountNotes values={counts} />
    </>
  );
}
