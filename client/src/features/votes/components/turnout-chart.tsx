import type { Turnout } from '@shopfloor/shared';
import {
  HorizontalBarsChart,
  fitLabelWidth,
} from '../../../components/charts/horizontal-bars-chart';
import { useNumberFormat } from '../../../i18n/format';
import { VOTE_BAR } from '../lib/bar-looks';
import { useGroupLabel } from '../lib/use-group-label';

/** More bars than this would not read on a phone; the table lists every group. */
export const MOST_BARS = 30;

type Group = Turnout['groups'][number];
type KnownGroup = Group & { turnout: number };

/**
 * The groups to draw, highest turnout first. Groups whose turnout is hidden (a small count behind
 * it) are left out, never drawn as zero; with many groups only the largest rolls are drawn.
 */
export function turnoutBars(turnout: Turnout): { known: KnownGroup[]; drawn: KnownGroup[] } {
  const known = turnout.groups.filter((g): g is KnownGroup => g.turnout !== null);
  const rollOf = (g: Group) => (typeof g.roll === 'number' ? g.roll : 0);
  const drawn = [...known]
    .sort((a, b) => rollOf(b) - rollOf(a))
    .slice(0, MOST_BARS)
    .sort((a, b) => b.turnout - a.turnout);
  return { known, drawn };
}

/** Turnout per group as bars, each with its percentage at its end. */
export function TurnoutChart({ groups, by }: { groups: readonly KnownGroup[]; by: Turnout['by'] }) {
  const format = useNumberFormat();
  const label = useGroupLabel(by);
  const percent = (v: number) => format.percent(v / 100);
  return (
    <HorizontalBarsChart
      rows={groups.map((g) => ({
        style: { key: g.key, label: label(g), ...VOTE_BAR },
        value: g.turnout,
        display: percent(g.turnout),
      }))}
      format={percent}
      max={100}
      labelWidth={fitLabelWidth(groups.map(label))}
    />
  );
}
