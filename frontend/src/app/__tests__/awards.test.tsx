import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockApi, problem } from '@/testing/api-mock';
import { account, renderRoute } from '@/testing/render';
import { edition } from '@/testing/fixtures';
import type { Award, RankingEntry } from '@/lib/api/types';

const award = (extra: Partial<Award> = {}): Award => ({
  id: 7, editionId: 3, submissionId: 5, kind: 'WINNER', rank: 1, title: 'Robotique', authorName: 'Amina B.', version: 0,
  updatedAt: '2026-11-29T10:00:00Z', ...extra,
});

const entry = (submissionId: number, rank: number, title: string, normalizedScore?: number): RankingEntry => ({
  rank, submissionId, title, authorName: `Prof ${submissionId}`, evaluations: normalizedScore === undefined ? 0 : 2, assigned: 2,
  active: 2, missingEvaluations: 0, understaffed: false, disagreement: false, ...(normalizedScore === undefined ? {} : { rawScore: normalizedScore, normalizedScore }),
});

/** An edition in deliberation with its winner already chosen and three projects in its ranking. */
function deliberation(routes: Record<string, unknown>) {
  return mockApi({
    'GET /api/editions/{id}': edition({ status: 'DELIBERATION', nextStatus: 'PUBLISHED' }),
    'GET /api/editions/{id}/ranking': {
      editionId: 3, disagreementThreshold: 20,
      items: [entry(5, 1, 'Robotique', 70.1), entry(6, 2, 'Maths au souk', 55.25), entry(8, 3, 'Herbier numérique')],
    },
    ...routes,
  });
}

describe('adding an award beyond the proposal', () => {
  it('offers the projects of the ranking without an award, with their score, and adds the one chosen', async () => {
    let awards = [award()];
    const { calls } = deliberation({
      'GET /api/editions/{id}/awards': () => awards,
      'POST /api/editions/{id}/awards': async (request: Request) => {
        const body = await request.json();
        awards = [...awards, award({ id: 8, submissionId: 6, kind: body.kind, rank: body.rank, citation: body.citation, title: 'Maths au souk' })];
        return json(awards[1], 201);
      },
    });
    renderRoute('/admin/editions/3/awards', { as: account('ADMIN') });
    const form = await screen.findByRole('form', { name: 'Ajouter une distinction' });
    const project = await within(form).findByLabelText('Projet');
    const options = within(project).getAllByRole('option').map((o) => o.textContent);
    expect(options).toEqual(['— Choisir —', '2. Maths au souk — 55,3 / 100', '3. Herbier numérique — non noté']);
    await userEvent.selectOptions(project, '2. Maths au souk — 55,3 / 100');
    await userEvent.selectOptions(within(form).getByLabelText('Distinction'), 'Mention spéciale');
    expect(within(form).getByLabelText('Rang')).toHaveValue(2);
    await userEvent.type(within(form).getByLabelText('Citation (français)'), 'Pour le calcul au marché');
    await userEvent.type(within(form).getByLabelText('Citation (anglais)'), 'For mathematics at the market');
    expect(within(form).getByLabelText('Citation (arabe)')).toHaveAttribute('dir', 'rtl');
    await userEvent.click(within(form).getByRole('button', { name: 'Ajouter la distinction' }));

    expect(await screen.findByText('Distinction ajoutée : « Maths au souk ».')).toBeInTheDocument();
    expect(screen.getByText('Distinction ajoutée : « Maths au souk ».').closest('[aria-live]')).toHaveAttribute('aria-live', 'polite');
    expect(calls.find((c) => c.method === 'POST')).toMatchObject({
      path: '/api/editions/3/awards',
      body: { submissionId: 6, kind: 'SPECIAL_MENTION', rank: 2, citation: 'Pour le calcul au marché', citationTranslations: { en: 'For mathematics at the market' } },
    });
    expect(await screen.findByRole('rowheader', { name: /Maths au souk/ })).toBeInTheDocument();
    expect(within(screen.getByLabelText('Projet')).getAllByRole('option').map((o) => o.textContent))
      .toEqual(['— Choisir —', '3. Herbier numérique — non noté']);
  });

  it.each([
    ['winner-exists', 'Grand gagnant', 'Il y a déjà un grand gagnant.'],
    ['already-awarded', 'Lauréat', 'Ce projet a déjà une distinction.'],
  ])('says plainly why the API refuses it (%s)', async (slug, kind, message) => {
    deliberation({
      'GET /api/editions/{id}/awards': [award()],
      'POST /api/editions/{id}/awards': problem(409, slug),
    });
    renderRoute('/admin/editions/3/awards', { as: account('ADMIN') });
    const form = await screen.findByRole('form', { name: 'Ajouter une distinction' });
    await userEvent.selectOptions(await within(form).findByLabelText('Projet'), '3. Herbier numérique — non noté');
    await userEvent.selectOptions(within(form).getByLabelText('Distinction'), kind);
    await userEvent.click(within(form).getByRole('button', { name: 'Ajouter la distinction' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent(message);
    expect(screen.queryByText(/Distinction ajoutée/)).not.toBeInTheDocument();
  });
});

describe('saving an award', () => {
  it('confirms the save in a live region', async () => {
    let current = award();
    const { calls } = deliberation({
      'GET /api/editions/{id}/awards': () => [current],
      'PUT /api/awards/{id}': async (request: Request) => {
        const body = await request.json();
        current = award({ ...body, version: 1 });
        return current;
      },
    });
    renderRoute('/admin/editions/3/awards', { as: account('ADMIN') });
    const row = (await screen.findByRole('rowheader', { name: /Robotique/ })).closest('tr')!;
    await userEvent.type(within(row).getByLabelText('Citation (français)'), 'Un projet exemplaire');
    await userEvent.click(within(row).getByRole('button', { name: 'Enregistrer' }));

    const notice = await screen.findByText('Distinction enregistrée : « Robotique ».');
    expect(notice.closest('[aria-live]')).toHaveAttribute('aria-live', 'polite');
    expect(calls.find((c) => c.method === 'PUT')).toMatchObject({
      path: '/api/awards/7', body: { kind: 'WINNER', rank: 1, citation: 'Un projet exemplaire', citationTranslations: {}, version: 0 },
    });
  });

  it('edits the citation in French, Arabic and English, and keeps the translations it does not change', async () => {
    let current = award({ citation: 'Un projet exemplaire', citationTranslations: { en: 'An exemplary project' } });
    const { calls } = deliberation({
      'GET /api/editions/{id}/awards': () => [current],
      'PUT /api/awards/{id}': async (request: Request) => {
        const body = await request.json();
        current = award({ ...body, version: 1 });
        return current;
      },
    });
    renderRoute('/admin/editions/3/awards', { as: account('ADMIN') });
    const row = (await screen.findByRole('rowheader', { name: /Robotique/ })).closest('tr')!;
    expect(within(row).getByLabelText('Citation (français)')).toHaveValue('Un projet exemplaire');
    expect(within(row).getByLabelText('Citation (anglais)')).toHaveValue('An exemplary project');
    const arabic = within(row).getByLabelText('Citation (arabe)');
    expect(arabic).toHaveAttribute('dir', 'rtl');
    await userEvent.type(arabic, 'مشروع نموذجي');
    await userEvent.click(within(row).getByRole('button', { name: 'Enregistrer' }));

    expect(await screen.findByText('Distinction enregistrée : « Robotique ».')).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'PUT')!.body).toEqual({
      kind: 'WINNER', rank: 1, citation: 'Un projet exemplaire', citationTranslations: { ar: 'مشروع نموذجي', en: 'An exemplary project' }, version: 0,
    });
  });

  it('shows a refusal inline, in the row, without a confirmation', async () => {
    deliberation({
      'GET /api/editions/{id}/awards': [award(), award({ id: 8, submissionId: 6, kind: 'LAUREATE', rank: 2, title: 'Maths au souk' })],
      'PUT /api/awards/{id}': problem(409, 'rank-taken'),
    });
    renderRoute('/admin/editions/3/awards', { as: account('ADMIN') });
    const row = (await screen.findByRole('rowheader', { name: /Maths au souk/ })).closest('tr')!;
    const rank = within(row).getByLabelText('Rang');
    await userEvent.clear(rank);
    await userEvent.type(rank, '1');
    await userEvent.click(within(row).getByRole('button', { name: 'Enregistrer' }));

    expect(await within(row).findByRole('alert')).toHaveTextContent('Ce rang est déjà attribué.');
    const other = screen.getByRole('rowheader', { name: /Robotique/ }).closest('tr')!;
    expect(within(other).queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByText(/Distinction enregistrée/)).not.toBeInTheDocument();
  });
});
