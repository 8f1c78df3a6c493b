import { describe, expect, it } from 'vitest';
import i18n, { chooseLanguage } from '@/lib/i18n';
import { en } from './locales/en';
import { ar } from './locales/ar';

describe('the languages loaded when first used', () => {
  it('holds only the French texts until another language is chosen, then fetches it and turns the page', async () => {
    expect(i18n.hasResourceBundle('fr', 'translation')).toBe(true);
    expect(i18n.hasResourceBundle('en', 'translation')).toBe(false);
    expect(i18n.hasResourceBundle('ar', 'translation')).toBe(false);

    // The reader's choice is remembered at once, before its texts arrive (a page opened meanwhile is in it).
    const turned = chooseLanguage('en');
    expect(localStorage.getItem('innovatice.language')).toBe('en');
    expect(document.documentElement.lang).toBe('fr');
    await turned;
    expect(i18n.t('nav.home')).toBe(en.nav.home);
    expect(document.documentElement.lang).toBe('en');

    await i18n.changeLanguage('ar');
    expect(i18n.t('nav.home')).toBe(ar.nav.home);
    expect(document.documentElement.dir).toBe('rtl');
    expect(localStorage.getItem('innovatice.language')).toBe('ar');
  });
});
