import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Number and percent formatters for the current interface language. */
export function useNumberFormat() {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  return useMemo(() => {
    const integer = new Intl.NumberFormat(language);
    const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 });
    return {
      number: (n: number) => integer.format(n),
      percent: (ratio: number) => percent.format(ratio),
    };
  }, [language]);
}
