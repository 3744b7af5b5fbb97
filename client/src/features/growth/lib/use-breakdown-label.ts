import { useTranslation } from 'react-i18next';
import { useIndustries } from '../../../lib/industries';
import type { BreakdownKind } from './recruitment-series';

/** A breakdown key named in the interface's language: a source, language, region or industry. */
export function useBreakdownLabel() {
  const { t } = useTranslation();
  const industries = useIndustries();
  return (kind: BreakdownKind, key: string): string => {
    switch (kind) {
      case 'source':
        return t(`growth.sources.${key as 'workplace'}`);
      case 'language':
        return t(`growth.languages.${key as 'en'}`);
      case 'region':
        return t(`regions.${key as 'south'}`);
      case 'industry':
        return key === 'unmapped' || key === 'unknown'
          ? t(`growth.industryExtras.${key}`)
          : industries.label(key);
    }
  };
}
