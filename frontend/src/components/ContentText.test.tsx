import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import i18n from '@/lib/i18n';
import { AppProvider } from '@/app/provider';
import { paragraphs, pickText } from '@/lib/i18n/content';
import { ContentText, LocalizedContent } from './ContentText';

const show = (ui: React.ReactNode) => render(<AppProvider>{ui}</AppProvider>);

describe('pickText', () => {
  it('gives the asked language’s value, else the French one marked as a fallback', () => {
    const value = { fr: 'Collaboration', ar: 'التعاون', en: '  ' };
    expect(pickText(value, 'ar')).toEqual({ text: 'التعاون', lang: 'ar', fallback: false });
    expect(pickText(value, 'en')).toEqual({ text: 'Collaboration', lang: 'fr', fallback: true });
    expect(pickText({ fr: 'Collaboration', en: null }, 'en')).toEqual({ text: 'Collaboration', lang: 'fr', fallback: true });
    expect(pickText(value, 'fr')).toEqual({ text: 'Collaboration', lang: 'fr', fallback: false });
    expect(pickText(undefined, 'ar')).toEqual({ text: '', lang: 'fr', fallback: true });
  });

  it('splits a long text into paragraphs at blank lines, keeping single line breaks', () => {
    expect(paragraphs('Article 1.\nLes projets…\n\n  \nArticle 2.\r\n\r\nArticle 3.')).toEqual(['Article 1.\nLes projets…', 'Article 2.', 'Article 3.']);
  });
});

describe('ContentText', () => {
  it('isolates the text and gives it its own language, with no mark in a page of that language', () => {
    show(<ContentText as="h1" text="Enseignants innovants : 13e édition" lang="fr" />);
    const text = screen.getByText('Enseignants innovants : 13e édition');
    expect(text).toHaveAttribute('dir', 'auto');
    expect(text).toHaveAttribute('lang', 'fr');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/^Enseignants innovants : 13e édition$/);
  });

  it('marks a French text shown in an Arabic page, and says nothing of an Arabic one', async () => {
    await act(async () => { await i18n.changeLanguage('ar'); });
    show(
      <>
        <LocalizedContent as="p" value={{ fr: 'Collaboration', ar: null, en: 'Collaboration' }} />
        <LocalizedContent as="p" value={{ fr: 'Construction des connaissances', ar: 'بناء المعرفة' }} />
      </>,
    );
    const [french, arabic] = screen.getAllByRole('paragraph');
    expect(french).toHaveTextContent('Collaboration (بالفرنسية)');
    expect(screen.getByText('Collaboration')).toHaveAttribute('lang', 'fr');
    expect(arabic).toHaveTextContent(/^بناء المعرفة$/);
    expect(screen.getByText('بناء المعرفة')).toHaveAttribute('lang', 'ar');
  });

  it('says “in French” in an English page', async () => {
    await act(async () => { await i18n.changeLanguage('en'); });
    show(<ContentText as="p" text="Salle Bahnini, Rabat" lang="fr" />);
    expect(screen.getByRole('paragraph')).toHaveTextContent('Salle Bahnini, Rabat (in French)');
  });

  it('keeps the paragraphs of a multi-line text, each isolated', () => {
    const { container } = show(<ContentText multiline text={'Article 1 : le concours est ouvert.\n\nArticle 2 : un projet par enseignant.\nCo-auteurs admis.'} lang="fr" />);
    const shown = container.querySelectorAll('.content-text p');
    expect(shown).toHaveLength(2);
    expect(shown[0]).toHaveTextContent('Article 1 : le concours est ouvert.');
    expect(shown[1].textContent).toBe('Article 2 : un projet par enseignant.\nCo-auteurs admis.');
    expect(shown[1]).toHaveAttribute('dir', 'auto');
    expect(container.querySelector('.content-text > div')).toHaveAttribute('lang', 'fr');
  });
});
