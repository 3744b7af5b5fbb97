import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A forum's date and time in the reader's own time zone, named, so members across the country
 * read the same moment correctly.
 */
export function useForumTime() {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(language, {
      weekday: 'short',
      month: 'short',
      day: 'numeric',
      year: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      timeZoneName: 'short',
    });
    return (value: string) => {
      const d = new Date(value);
      return Number.isNaN(d.getTime()) ? value : format.format(d);
    };
  }, [language]);
}
