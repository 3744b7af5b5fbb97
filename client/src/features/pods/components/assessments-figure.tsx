import type { CampaignRecord } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { ChartFigure } from '../../../components/charts/chart-figure';
import { HorizontalBarsChart } from '../../../components/charts/horizontal-bars-chart';
import { useNumberFormat } from '../../../i18n/format';
import { assessmentLooks } from '../lib/palette';

interface AssessmentsFigureProps {
  assessments: CampaignRecord['assessments'];
  unitSize: number | null;
  supportShare: number | null;
}

const levels = ['1', '2', '3', '4', '5'] as const;

/**
 * Workers assessed 1 (sure supporter) to 5 (opposed) as shares of the unit, and the supporters
 * (1s and 2s) against the 50% majority line. Without a unit size the counts alone are shown.
 */
export function AssessmentsFigure({ assessments, unitSize, supportShare }: AssessmentsFigureProps) {
  const { t } = useTranslation();
  const format = useNumberFormat();
  const supporters = assessments[1] + assessments[2];
  const share = (n: number) => (unitSize ? n / unitSize : null);
  const rows = [
    ...levels.map((l) => ({
      key: l,
      label: t(`pods.assessments.levels.${l}`),
      count: assessments[l],
    })),
    { key: 'support' as const, label: t('pods.assessments.supporters'), count: supporters },
  ].map((r) => ({ ...r, share: r.key === 'support' ? supportShare : share(r.count) }));
  const text = (r: (typeof rows)[number]) =>
    r.share === null
      ? format.number(r.count)
      : `${format.number(r.count)} (${format.percent(r.share)})`;

  return (
    <ChartFigure
      level={2}
      title={t('pods.assessments.title')}
      summary={
        unitSize
          ? t('pods.assessments.summary', {
              share: supportShare === null ? '–' : format.percent(supportShare),
              unit: format.number(unitSize),
            })
          : t('pods.assessments.noUnit')
      }
      chart={
        <HorizontalBarsChart
          rows={rows.map((r) => ({
            style: { key: r.key, label: r.label, ...assessmentLooks[r.key] },
            value: unitSize ? (r.share ?? 0) * 100 : r.count,
            display: text(r),
          }))}
          format={unitSize ? (n) => format.percent(n / 100) : format.number}
          max={unitSize ? 100 : undefined}
          line={
            unitSize
              ? { key: 'majority', value: 50, label: t('pods.assessments.majorityLine') }
              : undefined
          }
          labelWidth={170}
        />
      }
      tableLabel={t('pods.charts.showTable')}
      table={(id) => (
        <table id={id}>
          <thead>
            <tr>
              <th scope="col">{t('pods.assessments.level')}</th>
              <th scope="col" className="num">
                {t('pods.assessments.workers')}
              </th>
              <th scope="col" className="num">
                {t('pods.assessments.shareOfUnit')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                <td className="num">{format.number(r.count)}</td>
                <td className="num">{r.share === null ? '–' : format.percent(r.share)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    />
  );
}
