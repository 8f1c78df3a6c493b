import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi } from '@/testing/api-mock';
import { account, renderPage } from '@/testing/render';
import { criteria, edition } from '@/testing/fixtures';

const puts = (calls: { method: string; path: string; body: unknown }[]) =>
  calls.filter((c) => c.method === 'PUT' && c.path === '/api/editions/3/criteria');

function draftRubric() {
  const [ict, extra] = criteria();
  return mockApi({
    'GET /api/editions/{id}': edition({ status: 'DRAFT', nextStatus: 'OPEN' }),
    'GET /api/editions/{id}/criteria': [
      { ...ict, description: { fr: 'Les TIC au service des apprentissages', ar: null, en: 'ICT serving learning' } },
      { ...extra, label: { fr: 'Qualité du dossier', ar: 'جودة الملف' } },
    ],
    'PUT /api/editions/{id}/criteria': (request: Request) => request.json(),
  });
}

describe('the rubric editor', () => {
  it('edits label, description and gate questions in French, Arabic and English side by side, the Arabic right to left', async () => {
    draftRubric();
    await renderPage('/admin/editions/3', { as: account('ADMIN') });
    const first = await screen.findByRole('group', { name: 'Critère 1 ICT' });
    const label = within(first).getByRole('group', { name: 'Critère' });
    expect(within(label).getByLabelText('Critère (français)')).toHaveValue('Usage des TIC pour apprendre');
    expect(within(label).getByLabelText('Critère (français)')).toBeRequired();
    const arabic = within(label).getByLabelText('Critère (arabe)');
    expect(arabic).toHaveValue('استعمال تكنولوجيا المعلومات للتعلم');
    expect(arabic).toHaveAttribute('dir', 'rtl');
    expect(arabic).not.toBeRequired();
    const description = within(first).getByRole('group', { name: 'Description' });
    expect(within(description).getByLabelText('Description (arabe)')).toHaveValue('');
    expect(within(description).getByLabelText('Description (anglais)')).toHaveValue('ICT serving learning');
    const gate = within(first).getByRole('group', { name: 'Question 2' });
    expect(within(gate).getByLabelText('Question 2 (anglais)')).toHaveValue('ICT supports knowledge construction');
    expect(within(gate).getByLabelText('Question 2 (arabe)')).toHaveAttribute('dir', 'rtl');
  });

  it('shows the total of the weights as they change', async () => {
    draftRubric();
    await renderPage('/admin/editions/3', { as: account('ADMIN') });
    expect(await screen.findByText('Total des poids : 4')).toBeInTheDocument();
    const second = screen.getByRole('group', { name: 'Critère 2 EXTRA' });
    const weight = within(second).getByLabelText('Poids');
    await userEvent.clear(weight);
    await userEvent.type(weight, '2.5');
    expect(screen.getByText('Total des poids : 5,5')).toBeInTheDocument();
  });

  it('refuses a zero weight with the client’s message and sends nothing', async () => {
    const { calls } = draftRubric();
    await renderPage('/admin/editions/3', { as: account('ADMIN') });
    const second = await screen.findByRole('group', { name: 'Critère 2 EXTRA' });
    const weight = within(second).getByLabelText('Poids');
    await userEvent.clear(weight);
    await userEvent.type(weight, '0');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer la grille' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('La grille doit avoir des poids tous positifs.');
    expect(weight).toHaveAttribute('aria-invalid', 'true');
    expect(puts(calls)).toHaveLength(0);
  });

  it('sends the Arabic and English values typed, leaving out the blank ones, and a new gate fixes the scale', async () => {
    const { calls } = draftRubric();
    await renderPage('/admin/editions/3', { as: account('ADMIN') });
    const second = await screen.findByRole('group', { name: 'Critère 2 EXTRA' });
    await userEvent.type(within(second).getByLabelText('Critère (anglais)'), 'Quality of the file');
    await userEvent.type(within(second).getByLabelText('Description (français)'), 'Complet et lisible');
    await userEvent.type(within(second).getByLabelText('Description (arabe)'), 'كامل وواضح');
    await userEvent.click(within(second).getByRole('button', { name: 'Ajouter une question' }));
    await userEvent.type(within(second).getByLabelText('Question 1 (français)'), 'Le dossier est complet');
    await userEvent.type(within(second).getByLabelText('Question 1 (anglais)'), 'The file is complete');
    const first = screen.getByRole('group', { name: 'Critère 1 ICT' });
    await userEvent.clear(within(first).getByLabelText('Critère (anglais)'));
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer la grille' }));
    expect(await screen.findByText('Enregistré.')).toBeInTheDocument();
    const [sent] = puts(calls);
    const [ict, extra] = sent.body as Record<string, unknown>[];
    expect(ict.label).toEqual({ fr: 'Usage des TIC pour apprendre', ar: 'استعمال تكنولوجيا المعلومات للتعلم' });
    expect(ict.description).toEqual({ fr: 'Les TIC au service des apprentissages', en: 'ICT serving learning' });
    expect(extra).toEqual({
      code: 'EXTRA', weight: 1, scaleMin: 1, scaleMax: 2,
      label: { fr: 'Qualité du dossier', ar: 'جودة الملف', en: 'Quality of the file' },
      description: { fr: 'Complet et lisible', ar: 'كامل وواضح' },
      gates: [{ fr: 'Le dossier est complet', en: 'The file is complete' }],
    });
  });
});
