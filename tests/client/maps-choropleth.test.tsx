import { describe, expect, it } from 'vitest';
import {
  buildChoropleth,
  classColors,
  classOf,
  isMeasure,
  legendRanges,
  measureValue,
  measures,
  palette,
  quantileBreaks,
  shareOf,
  type StateFigures,
} from '../../client/src/features/maps/choropleth';
import { NONE_FILL, stateStyle } from '../../client/src/features/maps/state-style';
import { nationalStatsWithSmallCells } from './helpers/fixtures';

const row = (state: string, figures: Partial<StateFigures> = {}): StateFigures => ({
  state,
  members: 0,
  membersMapped: 0,
  workplaces: 0,
  activeCampaigns: 0,
  recruitsLast90Days: 0,
  chapters: 0,
  chaptersWithLaborCommittee: 0,
  ...figures,
});

describe('choropleth breaks', () => {
  it('splits values into quantile classes whose last bound is the maximum', () => {
    const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(quantileBreaks(values, 5)).toEqual([2, 4, 6, 8, 10]);
    expect(classOf(1, [2, 4, 6, 8, 10])).toBe(0);
    expect(classOf(2, [2, 4, 6, 8, 10])).toBe(0);
    expect(classOf(3, [2, 4, 6, 8, 10])).toBe(1);
    expect(classOf(10, [2, 4, 6, 8, 10])).toBe(4);
  });

  it('gives fewer, distinct classes when the values do not spread', () => {
    expect(quantileBreaks([0, 0, 0, 0, 7], 5)).toEqual([0, 7]);
    expect(quantileBreaks([3, 3, 3], 5)).toEqual([3]);
    expect(quantileBreaks([], 5)).toEqual([]);
  });

  it('spreads the colours over the palette, light to dark', () => {
    expect(classColors(5)).toEqual([...palette]);
    expect(classColors(2)).toEqual([palette[0], palette[4]]);
    expect(classColors(0)).toEqual([]);
  });

  it('labels count classes from one above the last bound, ratio classes from the bound', () => {
    const colors = classColors(3);
    expect(legendRanges([5, 20, 90], 0, false, colors)).toEqual([
      { from: 0, fromExclusive: false, to: 5, color: colors[0] },
      { from: 6, fromExclusive: false, to: 20, color: colors[1] },
      { from: 21, fromExclusive: false, to: 90, color: colors[2] },
    ]);
    expect(legendRanges([0.1, 0.5], 0, true, colors.slice(0, 2))[1]).toMatchObject({
      from: 0.1,
      fromExclusive: true,
      to: 0.5,
    });
  });
});

describe('suppressed counts on the map', () => {
  it('keeps "<5" and "suppressed" out of the scale: they get a class of their own', () => {
    const map = buildChoropleth(nationalStatsWithSmallCells.byState, 'members');
    expect(map.byState.get('NC')).toEqual({
      value: { kind: 'number', value: 2345 },
      cls: { kind: 'class', index: 0 },
    });
    expect(map.byState.get('WY')).toEqual({
      value: { kind: 'suppressed', label: '<5' },
      cls: { kind: 'suppressed' },
    });
    expect(map.byState.get('VT')?.cls).toEqual({ kind: 'suppressed' });
    // Only North Carolina's number makes the scale.
    expect(map.breaks).toEqual([2345]);
    expect(map.hasSuppressed).toBe(true);
  });

  it('says nothing is recorded for a state with no row', () => {
    const map = buildChoropleth(nationalStatsWithSmallCells.byState, 'members');
    expect(map.byState.get('TX')).toBeUndefined();
    expect(measureValue(undefined, 'members')).toEqual({ kind: 'none' });
  });

  it('draws a suppressed state hatched, never in a colour of the scale', () => {
    const colors = classColors(5);
    const options = { isSouth: false, highlightSouth: false, suppressedFill: 'HATCH' };
    const suppressed = stateStyle({ kind: 'suppressed' }, colors, options);
    expect(suppressed.fillColor).toBe('HATCH');
    expect(colors).not.toContain(suppressed.fillColor);
    expect(stateStyle({ kind: 'none' }, colors, options).fillColor).toBe(NONE_FILL);
    expect(stateStyle({ kind: 'class', index: 3 }, colors, options).fillColor).toBe(colors[3]);
  });

  it('outlines the South more heavily, and fades the rest when the South is highlighted', () => {
    const cls = { kind: 'class', index: 0 } as const;
    const colors = classColors(5);
    const south = stateStyle(cls, colors, {
      isSouth: true,
      highlightSouth: true,
      suppressedFill: '',
    });
    const north = stateStyle(cls, colors, {
      isSouth: false,
      highlightSouth: true,
      suppressedFill: '',
    });
    const plain = stateStyle(cls, colors, {
      isSouth: false,
      highlightSouth: false,
      suppressedFill: '',
    });
    expect(south.weight).toBeGreaterThan(plain.weight!);
    expect(north.fillOpacity).toBeLessThan(plain.fillOpacity!);
    expect(south.fillOpacity).toBe(plain.fillOpacity);
  });
});

describe('share mapped', () => {
  it('divides only when both counts are numbers', () => {
    expect(shareOf(600, 2400)).toEqual({ kind: 'number', value: 0.25 });
    expect(shareOf('<5', 120)).toEqual({ kind: 'suppressed', label: '<5' });
    expect(shareOf(250, 'suppressed')).toEqual({ kind: 'suppressed', label: 'suppressed' });
    expect(shareOf('<5', '<5')).toEqual({ kind: 'suppressed', label: '<5' });
  });

  it('has no share for a state with no members', () => {
    expect(shareOf(0, 0)).toEqual({ kind: 'none' });
  });

  it('shades by the share, as a ratio', () => {
    const map = buildChoropleth(
      [
        row('NC', { members: 200, membersMapped: 50 }),
        row('VT', { members: 'suppressed', membersMapped: 250 }),
      ],
      'shareMapped',
    );
    expect(map.byState.get('NC')?.value).toEqual({ kind: 'number', value: 0.25 });
    expect(map.byState.get('VT')?.cls).toEqual({ kind: 'suppressed' });
    expect(map.ranges[0]).toMatchObject({ from: 0.25, to: 0.25 });
  });
});

describe('measure selection', () => {
  it('offers the measures the figures carry, and no pods yet', () => {
    expect(measures).toEqual([
      'members',
      'membersMapped',
      'shareMapped',
      'activeCampaigns',
      'recruitsLast90Days',
    ]);
    expect(isMeasure('recruitsLast90Days')).toBe(true);
    expect(isMeasure('pods')).toBe(false);
    expect(isMeasure('chapters')).toBe(false);
  });

  it('reads each measure from its own figure', () => {
    const nc = row('NC', {
      members: 10,
      membersMapped: 4,
      activeCampaigns: 3,
      recruitsLast90Days: '<5',
    });
    expect(measureValue(nc, 'members')).toEqual({ kind: 'number', value: 10 });
    expect(measureValue(nc, 'membersMapped')).toEqual({ kind: 'number', value: 4 });
    expect(measureValue(nc, 'shareMapped')).toEqual({ kind: 'number', value: 0.4 });
    expect(measureValue(nc, 'activeCampaigns')).toEqual({ kind: 'number', value: 3 });
    expect(measureValue(nc, 'recruitsLast90Days')).toEqual({ kind: 'suppressed', label: '<5' });
  });

  it('reclassifies the states for another measure', () => {
    const rows = [
      row('NC', { members: 100, activeCampaigns: 0 }),
      row('GA', { members: 5, activeCampaigns: 9 }),
    ];
    const byMembers = buildChoropleth(rows, 'members', 2);
    const byCampaigns = buildChoropleth(rows, 'activeCampaigns', 2);
    expect(byMembers.byState.get('NC')?.cls).toEqual({ kind: 'class', index: 1 });
    expect(byCampaigns.byState.get('NC')?.cls).toEqual({ kind: 'class', index: 0 });
  });
});
