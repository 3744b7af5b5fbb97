import type { RecruitmentPoint } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { ChartFigure } from '../../../components/charts/chart-figure';
import { TimeBarsChart } from '../../../components/charts/time-bars-chart';
import { MonthCountTable } from '../../../components/charts/month-count-table';
import {
  keysInUse,
  maxDrawn,
  toChartRows,
  toSeriesRows,
} from '../../../components/charts/series-rows';
import { useNumberFormat } from '../../../i18n/format';
import { lookAt } from '../lib/palette';
import { breakdowns, type BreakdownKind } from '../lib/recruitment-series';
import { useBreakdownLabel } from '../lib/use-breakdown-label';
import { useCountText } from '../lib/use-count-text';
import { useMonthFormat } from '../../../lib/use-month-format';

interface BreakdownFigureProps {
  kind: BreakdownKind;
  points: readonly RecruitmentPoint[];
}

/** Each month's joins split by source, language, region or industry, stacked. */
export function BreakdownFigure({ kind, points }: BreakdownFigureProps) {
  const { t } = useTranslation();
  const format = useNumberFormat();
  const monthLabel = useMonthFormat();
  const countText = useCountText();
  const label = useBreakdownLabel();
  const { keys, pick } = breakdowns[kind];
  const rows = toSeriesRows(points, pick, keys);
  const shown = keysInUse(rows, keys);
  const series = shown.map((key, i) => ({ key, label: label(kind, key), ...lookAt(i) }));
  const anyDrawn = maxDrawn(rows) > 0;

  return (
    <ChartFigure
      testId={`by-${kind}-chart`}
      title={t(`growth.recruitment.by.${kind}.title`)}
      summary={
        shown.length === 0
          ? t('growth.recruitment.by.noneJoined')
          : anyDrawn
            ? t(`growth.recruitment.by.${kind}.summary`)
            : t('growth.recruitment.by.allSmall')
      }
      chart={
        <TimeBarsChart
          rows={toChartRows(rows, monthLabel, countText)}
          series={series}
          stacked
          format={format.number}
        />
      }
      tableLabel={t('growth.charts.showTable')}
      table={(id) => (
        <MonthCountTable
          id={id}
          monthHeader={t('growth.charts.month')}
          monthLabel={monthLabel}
          columns={shown.map((key) => ({ key, label: label(kind, key) }))}
          rows={rows}
          total={{
            label: t('growth.recruitment.flow.joins'),
            counts: points.map((p) => p.joins),
          }}
        />
      )}
    />
  );
}
