// i18next setup: Dutch by default, English on request. The choice is remembered in localStorage
// and reflected in <html lang> and in the Accept-Language header of API calls.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { coreNamespaces } from '../../core/texts/namespaces.ts';
import { inLanguage } from '../../core/texts/translate.ts';
import type { Language } from '../../core/vocabulary.ts';
import { setApiLanguage } from '../api.ts';
import { en } from './en.ts';
import { nl } from './nl.ts';

const STORAGE_KEY = 'weerbaar.language';

export const LANGUAGES: readonly Language[] = ['nl', 'en'];

function isLanguage(value: unknown): value is Language {
  return value === 'nl' || value === 'en';
}

export function storedLanguage(): Language | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

function apply(language: Language): void {
  document.documentElement.lang = language;
  setApiLanguage(language);
}

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : 'nl';
}

export async function changeLanguage(language: Language): Promise<void> {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Storage may be blocked; the choice then lasts for this page only.
  }
  await i18n.changeLanguage(language);
}

function inLanguages(language: Language) {
  return Object.fromEntries(
    Object.entries(coreNamespaces).map(([name, tree]) => [name, inLanguage(tree, language)]),
  );
}

const initial = storedLanguage() ?? 'nl';
apply(initial);

void i18n.use(initReactI18next).init({
  // The web's own texts, and core's namespaces (`report`, `network`) that the PDF speaks in too.
  resources: {
    nl: { translation: nl, ...inLanguages('nl') },
    en: { translation: en, ...inLanguages('en') },
  },
  ns: ['translation', ...Object.keys(coreNamespaces)],
  lng: initial,
  fallbackLng: 'nl',
  supportedLngs: LANGUAGES,
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});

i18n.on('languageChanged', (language) => {
  if (isLanguage(language)) apply(language);
});

export { i18n };
