import { stateByCode, type GoalScope } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { useIndustries } from '../../../lib/industries';

/**
 * What a scope is called in the interface's language: the nation, a region, a state, an industry;
 * a chapter or a pod by the name the server gave (`label`).
 */
export function useScopeName() {
  const { t } = useTranslation();
  const industries = useIndustries();
  return (scope: GoalScope, ref: string | null, label: string): string => {
    switch (scope) {
      case 'nation':
        return t('growth.scopes.theNation');
      case 'region':
        return ref === 'northeast' || ref === 'midwest' || ref === 'south' || ref === 'west'
          ? t(`regions.${ref}`)
          : label;
      case 'state':
        return stateByCode.get(ref ?? '')?.name ?? label;
      case 'industry':
        return industries.label(ref) || label;
      case 'chapter':
      case 'pod':
        return label;
    }
  };
}
