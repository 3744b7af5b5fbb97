import { organizingStatuses } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import type { SeriesStyle } from '../../../components/charts/series';
import { activityLooks, stageLooks, statusLooks } from './palette';
import type { StageKey } from '../../../components/ui/stage-looks';

/** The six statuses in order, named in the interface's language: the top of the stack first. */
export function useStatusSeries(): SeriesStyle[] {
  const { t } = useTranslation();
  return organizingStatuses.map((s) => ({
    key: s,
    label: t(`organizingStatus.${s}`),
    ...statusLooks[s],
  }));
}

export function useStageSeries(keys: readonly StageKey[]): SeriesStyle[] {
  const { t } = useTranslation();
  return keys.map((k) => ({ key: k, label: t(`pods.stages.${k}`), ...stageLooks[k] }));
}

export function useActivitySeries(): SeriesStyle[] {
  const { t } = useTranslation();
  return (['recruits', 'attendances'] as const).map((k) => ({
    key: k,
    label: t(`pods.progress.activity.${k}`),
    ...activityLooks[k],
  }));
}
