import { approvalStates, type Count, type PipelineStats } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { useIndustries } from '../../../lib/industries';

export interface CountRow {
  key: string;
  label: string;
  count: Count;
}

export const approvalKeys = approvalStates;

/**
 * Largest first. Only counts shown as numbers are compared; suppressed ones ("<5", hidden) go
 * after them in the order given, as nothing may be worked out from them.
 */
export function byCountDescending(rows: readonly CountRow[]): CountRow[] {
  const shown = rows.filter((r) => typeof r.count === 'number');
  const hidden = rows.filter((r) => typeof r.count !== 'number');
  return [...shown.sort((a, b) => (b.count as number) - (a.count as number)), ...hidden];
}

export function useIndustryRows(byIndustry: Record<string, Count>): CountRow[] {
  const { t } = useTranslation();
  const industries = useIndustries();
  return Object.entries(byIndustry).map(([code, count]) => ({
    key: code,
    label: code === 'unknown' ? t('pods.pipeline.unknown') : industries.label(code),
    count,
  }));
}

const regionCodes = ['northeast', 'midwest', 'south', 'west'] as const;
type RegionCode = (typeof regionCodes)[number];

export function useRegionRows(byRegion: Record<string, Count>): CountRow[] {
  const { t } = useTranslation();
  return Object.entries(byRegion).map(([code, count]) => ({
    key: code,
    label: regionCodes.includes(code as RegionCode)
      ? t(`regions.${code as RegionCode}`)
      : t('pods.pipeline.unknown'),
    count,
  }));
}

/** Every count on the pipeline page, to tell whether notes on suppressed ones are needed. */
export function pipelineCounts(s: PipelineStats): Count[] {
  return [
    s.total,
    ...Object.values(s.byStage),
    ...Object.values(s.byIndustry),
    ...Object.values(s.byRegion),
    ...Object.values(s.byApproval),
    ...s.conversion.flatMap((c) => [c.reached, c.advanced]),
    ...Object.values(s.medianDaysInStage).map((m) => m.stays),
    s.winRate.won,
    s.winRate.lost,
  ];
}
