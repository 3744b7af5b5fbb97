import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Dates and times for the current interface language; an unreadable value is shown as given. */
export function useDateFormat() {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  return useMemo(() => {
    const date = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' });
    const dateTime = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
    const format = (f: Intl.DateTimeFormat, value: string) => {
      const d = new Date(value);
      return Number.isNaN(d.getTime()) ? value : f.format(d);
    };
    return {
      /** A calendar date such as 2024-03-15, which has no time zone to convert. */
      date: (value: string) => format(date, value),
      dateTime: (value: string) => format(dateTime, value),
    };
  }, [language]);
}
