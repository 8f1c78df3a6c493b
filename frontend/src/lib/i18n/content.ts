import { DEFAULT_LANGUAGE, LANGUAGES, type Lang } from '@/config';

/** A text typed by the organisers in up to three languages: French always, Arabic and English when translated. */
export type Translations = { fr: string; ar?: string | null; en?: string | null };

/** A text to show, the language it is really written in, and whether it stands in for a missing translation. */
export type Picked = { text: string; lang: Lang; fallback: boolean };

export const asLang = (value: string | null | undefined): Lang =>
  (LANGUAGES as readonly string[]).includes(value ?? '') ? (value as Lang) : DEFAULT_LANGUAGE;

/**
 * The value of `value` in `wanted`, or the French one when that language has no value (absent, null or
 * blank): the French text then carries `fallback: true` so the page can say it is in French.
 */
export function pickText(value: Translations | null | undefined, wanted: string): Picked {
  const lang = asLang(wanted);
  const own = value?.[lang];
  if (own && own.trim()) return { text: own, lang, fallback: false };
  return { text: value?.fr ?? '', lang: DEFAULT_LANGUAGE, fallback: lang !== DEFAULT_LANGUAGE };
}

/** Paragraphs of a multi-line text: separated by a blank line; single line breaks stay inside a paragraph. */
export function paragraphs(text: string): string[] {
  return text.split(/\r?\n[ \t]*\r?\n/).map((p) => p.replace(/^\s*\n|\n\s*$/g, '')).filter((p) => p.trim() !== '');
}

/** The three values of a text for a form, blank where not translated. */
export function toTexts(value: Translations | null | undefined): Record<Lang, string> {
  return { fr: value?.fr ?? '', ar: value?.ar ?? '', en: value?.en ?? '' };
}

/** A form's three values as the API takes them: French trimmed, a blank translation left out. */
export function fromTexts(values: Record<Lang, string>): { fr: string; ar?: string; en?: string } {
  const ar = values.ar.trim();
  const en = values.en.trim();
  return { fr: values.fr.trim(), ...(ar ? { ar } : {}), ...(en ? { en } : {}) };
}

export type EditionTextField = 'title' | 'theme' | 'rules' | 'ceremonyVenue' | 'forumName';

/**
 * The language an edition's text is served in: the answer's `language`, or French for the fields it lists
 * in `fallbacks` (those with no value in the language asked).
 */
export function editionTextLang(edition: { language?: string; fallbacks?: readonly string[] }, field: EditionTextField): Lang {
  return edition.fallbacks?.includes(field) ? DEFAULT_LANGUAGE : asLang(edition.language);
}
