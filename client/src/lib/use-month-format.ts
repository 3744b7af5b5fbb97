import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** A month such as 2026-09 written "Sep 2026" in the interface's language. */
export function useMonthFormat() {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  return useMemo(() => {
    const f = new Intl.DateTimeFormat(language, {
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    return (month: string) => {
      const d = new Date(`${month}-01T00:00:00Z`);
      return Number.isNaN(d.getTime()) ? month : f.format(d);
    };
  }, [language]);
}
