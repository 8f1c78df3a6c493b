import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import i18n from '@/lib/i18n';
import { mockApi } from '@/testing/api-mock';
import { account, renderPage } from '@/testing/render';
import { criteria, edition } from '@/testing/fixtures';

/** A DRAFT edition as the server answers it in Arabic: the served title is Arabic, the theme and rules French (fallbacks). */
const stored = edition({
  status: 'DRAFT', nextStatus: 'OPEN', language: 'ar', title: 'الدورة 22', fallbacks: ['theme', 'rules', 'ceremonyVenue'],
  ceremonyVenue: 'Rabat', forum: { name: 'Forum mondial', city: 'Budapest', year: 2026 },
  texts: {
    fr: { title: '22e édition du concours', theme: 'L’IA en classe', rules: 'Un projet par enseignant.', ceremonyVenue: 'Rabat', forumName: 'Forum mondial' },
    ar: { title: 'الدورة 22', forumName: 'المنتدى العالمي' },
    en: { title: '22nd edition', theme: 'AI in the classroom' },
  },
});

describe('the edition form', () => {
  it('shows the stored texts in fr/ar/en side by side (not the served ones) and sends the Arabic and English ones as translations', async () => {
    await act(async () => { await i18n.changeLanguage('fr'); });
    const { calls } = mockApi({
      'GET /api/editions/{id}': stored, 'GET /api/editions/{id}/criteria': criteria(),
      'PUT /api/editions/{id}': (request: Request) => request.json().then((body) => ({ ...stored, ...body, version: 2 })),
    });
    await renderPage('/admin/editions/3', { as: account('ADMIN') });
    const title = await screen.findByRole('group', { name: 'Titre' });
    expect(within(title).getByLabelText('Titre (français)')).toHaveValue('22e édition du concours');
    expect(within(title).getByLabelText('Titre (français)')).toBeRequired();
    expect(within(title).getByLabelText('Titre (arabe)')).toHaveValue('الدورة 22');
    expect(within(title).getByLabelText('Titre (arabe)')).toHaveAttribute('dir', 'rtl');
    expect(within(title).getByLabelText('Titre (anglais)')).toHaveValue('22nd edition');
    const rules = screen.getByRole('group', { name: 'Règlement' });
    const rulesAr = within(rules).getByLabelText('Règlement (arabe)');
    expect(rulesAr.tagName).toBe('TEXTAREA');

    await userEvent.type(rulesAr, 'مشروع واحد لكل أستاذ.');
    await userEvent.clear(within(title).getByLabelText('Titre (anglais)'));
    await userEvent.type(within(screen.getByRole('group', { name: 'Nom du forum international' })).getByLabelText('Nom du forum international (anglais)'), 'World Forum');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));

    expect(await screen.findByText('Enregistré.')).toBeInTheDocument();
    const put = calls.find((c) => c.method === 'PUT' && c.path === '/api/editions/3')!;
    expect(put.body).toMatchObject({
      title: '22e édition du concours', theme: 'L’IA en classe', rules: 'Un projet par enseignant.', ceremonyVenue: 'Rabat',
      forum: { name: 'Forum mondial', city: 'Budapest', year: 2026 },
      translations: {
        ar: { title: 'الدورة 22', rules: 'مشروع واحد لكل أستاذ.', forumName: 'المنتدى العالمي' },
        en: { theme: 'AI in the classroom', forumName: 'World Forum' },
      },
    });
    expect((put.body as { translations: { en: object } }).translations.en).not.toHaveProperty('title');
  });
});
