import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import accountEn from './account.en.json';
import enBase from './en.json';
import growthEn from './growth.en.json';
import mapsEn from './maps.en.json';
import podsEn from './pods.en.json';
import votesEn from './votes.en.json';
import workspaceEn from './workspace.en.json';

/** Each feature keeps its strings in its own file pair, under its own top-level key. */
const en = {
  ...enBase,
  workspace: workspaceEn,
  maps: mapsEn,
  votes: votesEn,
  pods: podsEn,
  account: accountEn,
  growth: growthEn,
};

export const supportedLanguages = ['en', 'es'] as const;
export type AppLanguage = (typeof supportedLanguages)[number];

// English is bundled; other languages load when chosen (see ./es.ts).
export const resources = { en: { translation: en } } as const;

const loaders: Record<Exclude<AppLanguage, 'en'>, () => Promise<object>> = {
  es: () => import('./es').then((m) => m.es),
};

async function loadLanguage(language: AppLanguage) {
  if (language === 'en' || i18n.hasResourceBundle(language, 'translation')) return;
  i18n.addResourceBundle(language, 'translation', await loaders[language]());
}

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}

const STORAGE_KEY = 'shopfloor.language';

export function isAppLanguage(value: unknown): value is AppLanguage {
  return supportedLanguages.includes(value as AppLanguage);
}

function readStoredLanguage(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** Before login: the language chosen on this device, else the browser's, else English. */
export function initialLanguage(): AppLanguage {
  const stored = readStoredLanguage();
  if (isAppLanguage(stored)) return stored;
  const browser = typeof navigator === 'undefined' ? '' : navigator.language.slice(0, 2);
  return isAppLanguage(browser) ? browser : 'en';
}

export function currentLanguage(): AppLanguage {
  return isAppLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';
}

/** Switches the interface at once and remembers the choice on this device. */
export async function applyLanguage(language: AppLanguage) {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private browsing may refuse storage; the switch still applies to this visit.
  }
  await loadLanguage(language);
  if (i18n.language !== language) await i18n.changeLanguage(language);
}

i18n.on('languageChanged', (language) => {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
});

// English is bundled, so init finishes synchronously; another first language is loaded before
// main.tsx renders (i18nReady).
const firstLanguage = initialLanguage();
void i18n.use(initReactI18next).init({
  resources,
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: supportedLanguages,
  interpolation: { escapeValue: false },
});

/** Resolves once the first language's strings are in (at once for English). */
export const i18nReady: Promise<void> =
  firstLanguage === 'en'
    ? Promise.resolve()
    : loadLanguage(firstLanguage)
        .then(() => i18n.changeLanguage(firstLanguage))
        .then(
          () => undefined,
          // Without the chunk (offline, a deploy in between) the interface stays in English.
          () => undefined,
        );

export { i18n };
