import { pickLanguage, type Localized } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';

/** A vote's text in the interface's language where it was written in it, else in the other. */
export function useVoteText() {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage === 'es' ? 'es' : 'en';
  return (text: Localized) => pickLanguage(text, language);
}
