import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import accountEn from './account.en.json';
import accountEs from './account.es.json';
import enBase from './en.json';
import esBase from './es.json';
import mapsEn from './maps.en.json';
import mapsEs from './maps.es.json';
import podsEn from './pods.en.json';
import podsEs from './pods.es.json';
import votesEn from './votes.en.json';
import votesEs from './votes.es.json';
import workspaceEn from './workspace.en.json';
import workspaceEs from './workspace.es.json';

/** Each feature keeps its strings in its own file pair, under its own top-level key. */
const en = {
  ...enBase,
  workspace: workspaceEn,
  maps: mapsEn,
  votes: votesEn,
  pods: podsEn,
  account: accountEn,
};
const es = {
  ...esBase,
  workspace: workspaceEs,
  maps: mapsEs,
  votes: votesEs,
  pods: podsEs,
  account: accountEs,
};

export const supportedLanguages = ['en', 'es'] as const;
export type AppLanguage = (typeof supportedLanguages)[number];

export const resources = { en: { translation: en }, es: { translation: es } } as const;

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
  if (i18n.language !== language) await i18n.changeLanguage(language);
}

i18n.on('languageChanged', (language) => {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
});

// Resources are bundled, so init finishes synchronously and the first render is translated.
void i18n.use(initReactI18next).init({
  resources,
  lng: initialLanguage(),
  fallbackLng: 'en',
  supportedLngs: supportedLanguages,
  interpolation: { escapeValue: false },
});

export { i18n };
