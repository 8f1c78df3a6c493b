/** The zone every time is shown in; its offsets come from the server (src/lib/time/morocco.ts), never from the browser's data. */
export const TIME_ZONE = 'Africa/Casablanca';
export const LANGUAGES = ['fr', 'ar', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Lang = 'fr';
export const LOCALES: Record<Lang, string> = { fr: 'fr-MA', ar: 'ar-MA', en: 'en-GB' };
export const SWAGGER_UI_URL = '/q/swagger-ui';
export const AUTOSAVE_DELAY_MS = 1500;
export const STORAGE_KEYS = { session: 'innovatice.session', language: 'innovatice.language' } as const;
