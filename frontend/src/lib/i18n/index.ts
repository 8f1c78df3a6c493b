import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, LANGUAGES, STORAGE_KEYS, type Lang } from '@/config';
import { fr } from './locales/fr';
import { ar } from './locales/ar';
import { en } from './locales/en';

export function storedLanguage(): Lang {
  const saved = typeof localStorage !== 'undefined' ? localStorage.getItem(STORAGE_KEYS.language) : null;
  return (LANGUAGES as readonly string[]).includes(saved ?? '') ? (saved as Lang) : DEFAULT_LANGUAGE;
}

export function applyDocumentLanguage(lang: string) {
  document.documentElement.lang = lang;
  document.documentElement.dir = i18n.dir(lang);
}

void i18n.use(initReactI18next).init({
  resources: { fr: { translation: fr }, ar: { translation: ar }, en: { translation: en } },
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
applyDocumentLanguage(i18n.language);

export default i18n;
