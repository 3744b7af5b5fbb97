import { useTranslation } from 'react-i18next';

type NumberFormat = { number: (n: number) => string; percent: (ratio: number) => string };

// Made once per language: an Intl formatter costs far more to build than to use, and a table
// has a count in every row.
const formats = new Map<string, NumberFormat>();

/** The formatters for a language, for a component that already has it from useTranslation. */
export function numberFormat(language: string): NumberFormat {
  let format = formats.get(language);
  if (!format) {
    const integer = new Intl.NumberFormat(language);
    const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 });
    format = {
      number: (n: number) => integer.format(n),
      percent: (ratio: number) => percent.format(ratio),
    };
    formats.set(language, format);
  }
  return format;
}

/** Number and percent formatters for the current interface language. */
export function useNumberFormat() {
  const { i18n } = useTranslation();
  return numberFormat(i18n.resolvedLanguage ?? 'en');
}
