import { naicsSectors } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';

export interface IndustryOption {
  code: string;
  label: string;
}

interface Industries {
  options: IndustryOption[];
  label: (code: string | null | undefined) => string;
}

// Built once per language: a table asks for them in every row.
const byLanguage = new Map<'en' | 'es', Industries>();

function industries(language: 'en' | 'es'): Industries {
  let found = byLanguage.get(language);
  if (!found) {
    const options: IndustryOption[] = naicsSectors.map((s) => ({
      code: s.code,
      label: language === 'es' ? s.nameEs : s.name,
    }));
    const byCode = new Map(options.map((o) => [o.code, o.label]));
    found = {
      options,
      label: (code: string | null | undefined) => (code ? (byCode.get(code) ?? code) : ''),
    };
    byLanguage.set(language, found);
  }
  return found;
}

/** NAICS sectors named in the interface's language, for selects and table cells. */
export function useIndustries() {
  const { i18n } = useTranslation();
  return industries(i18n.resolvedLanguage === 'es' ? 'es' : 'en');
}
