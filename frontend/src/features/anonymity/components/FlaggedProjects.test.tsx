import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockApi, problem } from '@/testing/api-mock';
import { account, renderRoute } from '@/testing/render';
import { edition } from '@/testing/fixtures';
import type { FlaggedSubmission } from '../api/list-flagged-submissions';

const DESCRIPTION = 'Les élèves de Mme Amina El Idrissi, au collège Ibn Sina, ont construit un robot.';

const flaggedProject = (extra: Partial<FlaggedSubmission> = {}): FlaggedSubmission => ({
  submissionId: 5, title: 'Robotique', status: 'SUBMITTED', regionCode: 'MA-06', findingsCount: 3, kinds: ['NAME', 'SCHOOL'],
  uncheckedFiles: 1, assigned: false, scannedAt: '2026-10-02T10:00:00Z',
  findings: [
    { kind: 'NAME', field: 'description', term: 'Amina El Idrissi', excerpt: DESCRIPTION },
    { kind: 'SCHOOL', attachmentId: 11, filename: 'rapport.pdf', page: 2, term: 'Collège Ibn Sina', excerpt: '…au Collège Ibn Sina' },
  ],
  terms: [{ kind: 'NAME', text: 'Amina El Idrissi' }, { kind: 'NAME', text: 'Amina' }, { kind: 'SCHOOL', text: 'Collège Ibn Sina' }],
  ...extra,
});

function admin(items: FlaggedSubmission[], redaction: (request: Request) => Promise<Response> | Response) {
  return mockApi({
    'GET /api/editions/{id}': edition({ status: 'OPEN', blindReview: true }),
    'GET /api/editions/{id}/anonymity': { editionId: 3, blind: true, items, page: 0, size: 20, total: items.length, pending: 0 },
    'GET /api/submissions/{id}': { id: 5, description: DESCRIPTION },
    'POST /api/submissions/{id}/redactions': redaction,
  });
}

describe('the anonymity tab of an edition', () => {
  it('lists the flagged projects and redacts a field with the terms highlighted in the preview', async () => {
    const { calls } = admin([flaggedProject()], () => json({ submissionId: 5, blind: true, findings: [], files: [], truncated: false }));
    renderRoute('/admin/editions/3/anonymity', { as: account('ADMIN') });
    const card = (await screen.findByRole('heading', { name: /Robotique/ })).closest('li')!;
    expect(within(card).getByText('3 occurrences : nom et établissement')).toBeInTheDocument();
    expect(within(card).getByText('L’établissement apparaît à la page 2 de \u2068rapport.pdf\u2069 :')).toBeInTheDocument();
    expect(within(card).getByText('1 pièce illisible : à vérifier à la main.')).toBeInTheDocument();
    expect(screen.getByText(/Le serveur ne modifie jamais les pièces jointes/)).toBeInTheDocument();

    await userEvent.click(within(card).getByRole('button', { name: 'Masquer dans « Description »' }));
    const text = await within(card).findByLabelText('Nouveau texte de « Description »');
    expect(text).toHaveValue(DESCRIPTION);
    expect(Array.from(card.querySelectorAll('mark'), (m) => m.textContent)).toEqual(['Amina El Idrissi', 'collège Ibn Sina']);
    expect(within(card).getByText('2 termes encore présents.')).toBeInTheDocument();

    await userEvent.click(within(card).getByRole('button', { name: 'Remplacer chaque terme par « [masqué] »' }));
    expect(text).toHaveValue('Les élèves de Mme [masqué], au [masqué], ont construit un robot.');
    expect(card.querySelectorAll('mark')).toHaveLength(0);
    expect(within(card).getByText('Plus aucun terme recherché dans ce texte.')).toBeInTheDocument();

    await userEvent.click(within(card).getByRole('button', { name: 'Enregistrer le texte masqué' }));
    expect(await screen.findByText('Texte masqué : l’original est gardé dans le journal d’audit.')).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'POST')).toEqual([{ method: 'POST', path: '/api/submissions/5/redactions',
      body: { field: 'description', text: 'Les élèves de Mme [masqué], au [masqué], ont construit un robot.' } }]);
  });

  it('offers no redaction once assigned, and says why the server refused one', async () => {
    admin([flaggedProject({ assigned: true })], () => problem(409, 'already-assigned'));
    const first = renderRoute('/admin/editions/3/anonymity', { as: account('ADMIN') });
    expect(await screen.findByText('Déjà affecté à des jurés dans le tour en cours : le texte ne peut plus être masqué.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Masquer dans/ })).not.toBeInTheDocument();
    first.unmount();

    admin([flaggedProject()], () => problem(409, 'already-assigned'));
    renderRoute('/admin/editions/3/anonymity', { as: account('ADMIN') });
    await userEvent.click(await screen.findByRole('button', { name: 'Masquer dans « Description »' }));
    await userEvent.type(await screen.findByLabelText('Nouveau texte de « Description »'), ' Fin.');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer le texte masqué' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Ce projet a déjà des jurés dans le tour en cours');
  });
});
