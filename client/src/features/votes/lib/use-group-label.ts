import type { Turnout } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { useIndustries } from '../../../lib/industries';

type Group = Turnout['groups'][number];

const regionKeys = ['northeast', 'midwest', 'south', 'west'] as const;
const isRegion = (key: string): key is (typeof regionKeys)[number] =>
  (regionKeys as readonly string[]).includes(key);

/**
 * A turnout group's name in the interface's language. Regions and industries have translations;
 * chapters and pods keep their own names; the group of members with none is said in words.
 */
export function useGroupLabel(by: Turnout['by']) {
  const { t } = useTranslation();
  const industries = useIndustries();
  return (group: Group): string => {
    if (group.key === 'none')
      return by === 'pod' ? t('votes.turnout.noPod') : t('votes.turnout.noGroup');
    if (by === 'region' && isRegion(group.key)) return t(`regions.${group.key}`);
    if (by === 'industry') return industries.label(group.key) || group.label;
    return group.label;
  };
}
