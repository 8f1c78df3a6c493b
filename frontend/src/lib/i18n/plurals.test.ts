import { describe, expect, it } from 'vitest';
import { createInstance } from 'i18next';
import { counted } from './format';
import { fr } from './locales/fr';
import { ar } from './locales/ar';
import { en } from './locales/en';

type Tree = { [key: string]: string | Tree };
const dictionaries = { fr, ar, en } as unknown as Record<'fr' | 'ar' | 'en', Tree>;
const FORM = /_(zero|one|two|few|many|other)$/;

function leaves(o: Tree, prefix = ''): [string, string][] {
  return Object.entries(o).flatMap(([k, v]) => (typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : leaves(v, `${prefix}${k}.`)));
}

/** Every plural text of a language: its key without the suffix, and the forms it has. */
function plurals(dict: Tree): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const [key] of leaves(dict)) {
    const form = FORM.exec(key);
    if (!form) continue;
    const base = key.slice(0, form.index);
    found.set(base, [...(found.get(base) ?? []), form[1]].sort());
  }
  return found;
}

describe('plural texts', () => {
  it('exist in the three languages, each with exactly the forms its CLDR plural rules use (Arabic six, French one/many/other, English one/other)', () => {
    const bases = [...plurals(dictionaries.fr).keys()].sort();
    expect(bases.length).toBeGreaterThan(60);
    for (const lang of ['fr', 'ar', 'en'] as const) {
      const categories = [...new Intl.PluralRules(lang).resolvedOptions().pluralCategories].sort();
      const found = plurals(dictionaries[lang]);
      expect([...found.keys()].sort(), lang).toEqual(bases);
      for (const [base, forms] of found) expect(forms, `${lang} ${base}`).toEqual(categories);
    }
    expect([...new Intl.PluralRules('ar').resolvedOptions().pluralCategories].sort()).toEqual(['few', 'many', 'one', 'other', 'two', 'zero']);
    expect([...new Intl.PluralRules('fr').resolvedOptions().pluralCategories].sort()).toEqual(['many', 'one', 'other']);
  });

  it('show the number given as n wherever the form needs a figure, and no text still counts with a hand-made "(s)"', () => {
    for (const lang of ['fr', 'ar', 'en'] as const) {
      for (const [key, value] of leaves(dictionaries[lang])) {
        // `count` only picks the form; the figure shown is `n`, formatted in the language.
        expect(value, `${lang} ${key}`).not.toContain('{{count}}');
        const form = FORM.exec(key)?.[1];
        // Only a singular ("مشروع واحد", "son unique question"), the Arabic dual ("مشروعان") and the countdown's units say the number in words or apart.
        if (form && form !== 'one' && !(lang === 'ar' && form === 'two') && !key.startsWith('home.units.')) {
          expect(value, `${lang} ${key}`).toContain('{{n}}');
        }
        expect(value, `${lang} ${key}`).not.toMatch(/\w\((s|x|e|es|ies|s\)|e\)s)\)/);
        // Arabic: a counted noun with its plural in brackets, "مشروع(مشاريع)", "تقييم(ات)" (the feminine "(ة)" is no count).
        expect(value, `${lang} ${key}`).not.toMatch(/[\u0621-\u064A\u064B-\u0652]\((?!ة\))[\u0621-\u064A\u064B-\u0652]+\)/);
      }
    }
  });
});

describe('Arabic counts', () => {
  const i18n = createInstance();
  const ready = i18n.init({ lng: 'ar', resources: { ar: { translation: ar } }, interpolation: { escapeValue: false }, showSupportNotice: false });
  const t = (key: string, count: number) => i18n.t(key, counted(count, 'ar'));

  it('read 0 مشروع, مشروع واحد, مشروعان, 3 مشاريع, 11 مشروعًا, 100 مشروع with Western digits', async () => {
    await ready;
    expect([0, 1, 2, 3, 11, 100].map((n) => t('anonymity.count', n))).toEqual([
      '0 مشروع للمراجعة', 'مشروع واحد للمراجعة', 'مشروعان للمراجعة', '3 مشاريع للمراجعة', '11 مشروعًا للمراجعة', '100 مشروع للمراجعة',
    ]);
    expect([0, 1, 2, 3, 11, 100].map((n) => t('counts.regions', n))).toEqual(['0 جهة', 'جهة واحدة', 'جهتان', '3 جهات', '11 جهةً', '100 جهة']);
    expect(t('screening.count', 1000)).toBe('1.000 مشروع');
    expect(t('privacy.retention.emails', 30)).toContain('بعد 30 يومًا من إرسالها');
  });
});

describe('typography', () => {
  it('French puts a no-break space before : ; ? !, English and Arabic no space at all', () => {
    for (const [key, value] of leaves(dictionaries.fr)) {
      expect(value, `fr ${key}`).not.toMatch(/[ \t][:;?!]/);
      expect(value, `fr ${key}`).not.toMatch(/[^\s\u00a0\u202f/:]([;?!])(?!\/)/);
    }
    for (const lang of ['en', 'ar'] as const) {
      for (const [key, value] of leaves(dictionaries[lang])) expect(value, `${lang} ${key}`).not.toMatch(/\s[:;?!؟؛]/);
    }
  });
});
