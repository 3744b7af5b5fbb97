import { useTranslation } from 'react-i18next';
import { useIndustries } from '../../../lib/industries';

/** Lists of skills, languages and industries written out for a reader ("Bargaining, Labor law"). */
export function useListText() {
  const { t, i18n } = useTranslation();
  const industries = useIndustries();
  const list = new Intl.ListFormat(i18n.resolvedLanguage ?? 'en', { type: 'conjunction' });
  const join = (items: readonly string[]) => (items.length ? list.format(items) : '–');
  return {
    skills: (keys: readonly string[]) =>
      join(keys.map((k) => t(`growth.skills.${k as 'bargaining'}`))),
    languages: (keys: readonly string[]) =>
      join(keys.map((k) => t(`growth.languages.${k as 'en'}`))),
    industries: (codes: readonly string[]) => join(codes.map((c) => industries.label(c))),
    states: (codes: readonly string[]) => join([...codes].sort()),
  };
}
