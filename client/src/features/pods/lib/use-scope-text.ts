import type { Pod } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';

const regions = ['northeast', 'midwest', 'south', 'west'] as const;
type Region = (typeof regions)[number];
const isRegion = (r: string | null): r is Region => regions.includes(r as Region);

/** A pod's reach in words: "Chapter", "Region: South", "Nationwide", "One workplace". */
export function useScopeText() {
  const { t } = useTranslation();
  return (pod: Pick<Pod, 'scope' | 'region'>) =>
    pod.scope === 'region' && isRegion(pod.region)
      ? t('pods.scopes.regionNamed', { region: t(`regions.${pod.region}`) })
      : t(`pods.scopes.${pod.scope}`);
}
