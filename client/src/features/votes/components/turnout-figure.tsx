import type { Turnout } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { ChartFigure } from '../../../components/charts/chart-figure';
import { SuppressionNotes } from '../../../components/ui/suppression-notes';
import { MOST_BARS, TurnoutChart, turnoutBars } from './turnout-chart';
import { TurnoutTable } from './turnout-table';

/**
 * Turnout by the chosen grouping: a chart of the groups whose turnout can be shown, and every
 * group in the table under it, as the server sent them. Notes on hidden counts follow.
 */
export function TurnoutFigure({ turnout }: { turnout: Turnout }) {
  const { t } = useTranslation();
  const title = t(`votes.turnout.tableTitles.${turnout.by}`);
  const counts = [turnout.roll, turnout.voted, ...turnout.groups.flatMap((g) => [g.roll, g.voted])];
  if (turnout.groups.length === 0) {
    return (
      <section aria-labelledby="turnout-figure-heading">
        <h2 id="turnout-figure-heading">{title}</h2>
        <p className="muted">{t('votes.turnout.noGroups')}</p>
      </section>
    );
  }
  const { known, drawn } = turnoutBars(turnout);
  const notes = [t('votes.turnout.chartCaption')];
  if (known.length < turnout.groups.length) notes.push(t('votes.turnout.chartHidden'));
  if (drawn.length < known.length)
    notes.push(t('votes.turnout.chartLargest', { count: MOST_BARS }));
  return (
    <>
      <ChartFigure
        testId="turnout-chart"
        level={2}
        title={title}
        summary={drawn.length > 0 ? notes.join(' ') : t('votes.turnout.nothingToChart')}
        chart={drawn.length > 0 ? <TurnoutChart groups={drawn} by={turnout.by} /> : null}
        tableLabel={t('votes.charts.showTable')}
        tableOpen
        table={(id) => <TurnoutTable id={id} turnout={turnout} />}
      />
      <SuppressionNotes values={counts} />
    </>
  );
}
