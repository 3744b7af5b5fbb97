import type { Turnout } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { useNumberFormat } from '../../../i18n/format';
import { useGroupLabel } from '../lib/use-group-label';
import { BarFigure } from './bar-figure';

/** More bars than this would not read on a phone; the table lists every group. */
const MOST_BARS = 30;

/**
 * Turnout per group as bars, highest first. Groups whose turnout is hidden (a small count behind
 * it) are left out, never drawn as zero; with many groups only the largest rolls are drawn.
 */
export function TurnoutChart({ turnout }: { turnout: Turnout }) {
  const { t } = useTranslation();
  const format = useNumberFormat();
  const label = useGroupLabel(turnout.by);
  const known = turnout.groups.filter(
    (g): g is typeof g & { turnout: number } => g.turnout !== null,
  );
  const rollOf = (g: Turnout['groups'][number]) => (typeof g.roll === 'number' ? g.roll : 0);
  const drawn = [...known]
    .sort((a, b) => rollOf(b) - rollOf(a))
    .slice(0, MOST_BARS)
    .sort((a, b) => b.turnout - a.turnout);
  if (drawn.length === 0) {
    return <p className="muted">{t('votes.turnout.nothingToChart')}</p>;
  }
  const notes = [t('votes.turnout.chartCaption')];
  if (known.length < turnout.groups.length) notes.push(t('votes.turnout.chartHidden'));
  if (drawn.length < known.length)
    notes.push(t('votes.turnout.chartLargest', { count: MOST_BARS }));
  return (
    <BarFigure
      data={drawn.map((g) => ({ key: g.key, label: label(g), value: g.turnout }))}
      caption={notes.join(' ')}
      format={(v) => format.percent(v / 100)}
      max={100}
      testId="turnout-chart"
    />
  );
}
