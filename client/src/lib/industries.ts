import { useMemo } from 'react';
import { naicsSectors } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';

export interface IndustryOption {
  code: string;
  label: string;
}

/** NAICS sectors named in the interface's language, for selects and table cells. */
export function useIndustries() {
  const { i18n } = useTranslation();
  const spanish = i18n.resolvedLanguage === 'es';
  return useMemo(() => {
    const options: IndustryOption[] = naicsSectors.map((s) => ({
      code: s.code,
      label: spanish ? s.nameEs : s.name,
    }));
    const byCode = new Map(options.map((o) => [o.code, o.label]));
    return {
      options,
      label: (code: string | null | undefined) => (code ? (byCode.get(code) ?? code) : ''),
    };
  }, [spanish]);
}
