import { describe, expect, it } from 'vitest';
import { keysInUse, toChartRows } from '../../client/src/components/charts/series-rows';
import {
  activitySeries,
  currentRows,
  monthRange,
  stageSeries,
  statusGoalLines,
  statusSeries,
} from '../../client/src/features/pods/lib/progress-series';
import { stageKeys } from '../../client/src/components/ui/stage-looks';
import { point, trianglePod } from './helpers/pods-fixtures';

const text = (c: number | string) => (typeof c === 'number' ? String(c) : c);

describe('pod progress as chart series', () => {
  it('turns each month into one row with every organizing status, in order', () => {
    const rows = statusSeries([
      point('2026-10'),
      point('2026-11', {
        byStatus: {
          not_started: 0,
          trained: 0,
          mapping: 1,
          committee: 1,
          campaign: 0,
          unionized: 0,
        },
      }),
    ]);
    expect(rows.map((r) => r.month)).toEqual(['2026-10', '2026-11']);
    expect(Object.keys(rows[0]!.values)).toEqual([
      'not_started',
      'trained',
      'mapping',
      'committee',
      'campaign',
      'unionized',
    ]);
    expect(rows[1]!.values).toMatchObject({ trained: 0, mapping: 1, committee: 1 });
  });

  it('draws a suppressed count at zero and keeps it, unchanged, for the table', () => {
    const [row] = statusSeries([
      point('2026-11', {
        byStatus: {
          not_started: 9,
          trained: '<5',
          mapping: 'suppressed',
          committee: 0,
          campaign: 0,
          unionized: 0,
        },
      }),
    ]);
    expect(row!.values).toEqual({
      not_started: 9,
      trained: 0,
      mapping: 0,
      committee: 0,
      campaign: 0,
      unionized: 0,
    });
    expect(row!.counts.trained).toBe('<5');
    expect(row!.counts.mapping).toBe('suppressed');

    const [chartRow] = toChartRows([row!], (m) => `month ${m}`, text);
    expect(chartRow).toEqual({
      label: 'month 2026-11',
      values: row!.values,
      display: {
        not_started: '9',
        trained: '<5',
        mapping: 'suppressed',
        committee: '0',
        campaign: '0',
        unionized: '0',
      },
    });
  });

  it('counts a stage missing from a month as zero, and keeps only stages in use', () => {
    const rows = stageSeries([
      point('2026-10', { workplacesByStage: { none: 2 } }),
      point('2026-11', { workplacesByStage: { none: 1, committee: '<5' } }),
    ]);
    expect(rows[0]!.values.committee).toBe(0);
    expect(rows[0]!.counts.majority).toBe(0);
    // A suppressed count is something: its stage stays in the chart and table.
    expect(keysInUse(rows, stageKeys, ['none'])).toEqual(['none', 'committee']);
  });

  it('gathers recruits, meetings and attendance per month', () => {
    const [row] = activitySeries([
      point('2026-09', { recruits: '<5', meetings: 1, attendances: 6, attendees: 6 }),
    ]);
    expect(row!.values).toEqual({ recruits: 0, meetings: 1, attendances: 6, attendees: 6 });
    expect(row!.counts.recruits).toBe('<5');
  });

  it('lists the current funnel in status order, suppressed counts drawn at zero', () => {
    const rows = currentRows({ trained: '<5', committee: 3 }, [
      'not_started',
      'trained',
      'committee',
    ]);
    expect(rows).toEqual([
      { key: 'not_started', count: 0, value: 0 },
      { key: 'trained', count: '<5', value: 0 },
      { key: 'committee', count: 3, value: 3 },
    ]);
  });

  it('draws as lines only the goals the status chart can show', () => {
    const goal = trianglePod().goals[0]!;
    const lines = statusGoalLines([
      goal,
      { ...goal, id: 2, metric: 'members' },
      { ...goal, id: 3, metric: 'spanish_recruits' },
    ]);
    expect(lines.map((g) => g.metric)).toEqual(['trained', 'members']);
  });

  it('asks for whole calendar months up to this one', () => {
    expect(monthRange(12, new Date('2026-11-21T12:00:00Z'))).toEqual({
      from: '2025-12',
      to: '2026-11',
    });
    expect(monthRange(6, new Date('2027-02-01T00:00:00Z'))).toEqual({
      from: '2026-09',
      to: '2027-02',
    });
  });
});
