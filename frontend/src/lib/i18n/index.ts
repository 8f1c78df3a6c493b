import i18n, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, LANGUAGES, STORAGE_KEYS, type Lang } from '@/config';

/**
 * Each language's texts are a chunk of their own, fetched when the language is first used: the first
 * public page does not carry the two languages it is not shown in (see scripts/check-bundle-size.mjs).
 */
const locales: Record<Lang, () => Promise<Record<string, unknown>>> = {
  fr: () => import('./locales/fr').then((m) => m.fr),
  ar: () => import('./locales/ar').then((m) => m.ar),
  en: () => import('./locales/en').then((m) => m.en),
};

const lazyLocales: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read: (lang, _namespace, done) => {
    const load = locales[lang as Lang];
    if (!load) return done(null, {});
    load().then((texts) => done(null, texts), (error: Error) => done(error, false));
  },
};

export function storedLanguage(): Lang {
  const saved = typeof localStorage !== 'undefined' ? localStorage.getItem(STORAGE_KEYS.language) : null;
  return (LANGUAGES as readonly string[]).includes(saved ?? '') ? (saved as Lang) : DEFAULT_LANGUAGE;
}

/**
 * The reader's choice of language: remembered at once, before its texts arrive, so that a page opened
 * or reloaded meanwhile is already in it; the page turns when the texts are there.
 */
export function chooseLanguage(lang: Lang): Promise<unknown> {
  localStorage.setItem(STORAGE_KEYS.language, lang);
  return i18n.changeLanguage(lang);
}

export function applyDocumentLanguage(lang: string) {
  document.documentElement.lang = lang;
  document.documentElement.dir = i18n.dir(lang);
}

/** Resolves once the texts of the first language are there (main.tsx renders after it). */
export const i18nReady = i18n.use(lazyLocales).use(initReactI18next).init({
  supportedLngs: [...LANGUAGES],
  lng: storedLanguage(),
  fallbackLng: DEFAULT_LANGUAGE,
  interpolation: { escapeValue: false },
  returnNull: false,
  showSupportNotice: false,
});

i18n.on('languageChanged', (lang) => {
  localStorage.setItem(STORAGE_KEYS.language, lang);
  applyDocumentLanguage(lang);
});
applyDocumentLanguage(storedLanguage());

export default i18n;
