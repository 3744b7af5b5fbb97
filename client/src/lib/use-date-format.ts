import { useTranslation } from 'react-i18next';

type DateFormat = { date: (value: string) => string; dateTime: (value: string) => string };

// Made once per language: an Intl formatter costs far more to build than to use.
const formats = new Map<string, DateFormat>();

function dateFormat(language: string): DateFormat {
  let formatters = formats.get(language);
  if (!formatters) {
    const date = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' });
    const dateTime = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
    const format = (f: Intl.DateTimeFormat, value: string) => {
      const d = new Date(value);
      return Number.isNaN(d.getTime()) ? value : f.format(d);
    };
    formatters = {
      /** A calendar date such as 2024-03-15, which has no time zone to convert. */
      date: (value: string) => format(date, value),
      dateTime: (value: string) => format(dateTime, value),
    };
    formats.set(language, formatters);
  }
  return formatters;
}

/** Dates and times for the current interface language; an unreadable value is shown as given. */
export function useDateFormat() {
  const { i18n } = useTranslation();
  return dateFormat(i18n.resolvedLanguage ?? 'en');
}
