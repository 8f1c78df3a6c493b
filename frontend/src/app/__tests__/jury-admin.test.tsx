import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi } from '@/testing/api-mock';
import { account, renderRoute } from '@/testing/render';
import { criteria, edition, preview } from '@/testing/fixtures';
import { levelFromGates } from '@/features/jury/components/ScoringForm';
import type { JuryAssignment } from '@/lib/api/types';

function assignment(blind: boolean): JuryAssignment {
  return {
    id: 9, edition: { id: 3, number: 22, title: '22e', status: 'EVALUATION', evaluationCloseAt: '2099-04-30T22:59:00Z', blindReview: blind },
    submission: {
      id: 5, title: 'Robotique', technologies: ['Arduino'], attachments: [{ id: 1, label: 'Pièce 1', contentType: 'application/pdf', sizeBytes: 2048 }],
      ...(blind ? {} : { author: { firstName: 'Amina', lastName: 'Secret' }, schoolName: 'Collège Ibn Sina' }),
    },
    criteria: criteria(), canEvaluate: true,
  };
}

describe('scoring', () => {
  it('computes the 21CLD level from the gates passed in a row', () => {
    expect(levelFromGates([])).toBe(1);
    expect(levelFromGates([true, true, false, true])).toBe(3);
    expect(levelFromGates([false, true])).toBe(1);
  });

  it('hides the teacher in a blind edition and shows the gate questions in order', async () => {
    mockApi({ 'GET /api/jury/assignments/{id}': assignment(true), 'GET /api/reference/regions': [], 'GET /api/reference/school-levels': [] });
    renderRoute('/jury/assignments/9', { as: account('JURY') });
    expect(await screen.findByText('Évaluation anonyme : l’identité de l’enseignant·e est masquée.')).toBeInTheDocument();
    expect(screen.queryByText(/Secret/)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Télécharger Pièce 1' })).toBeInTheDocument();
    const first = screen.getByRole('checkbox', { name: 'Les TIC sont utilisées' });
    const second = screen.getByRole('checkbox', { name: 'Elles soutiennent la construction de connaissances' });
    expect(second).toBeDisabled();
    await userEvent.click(first);
    expect(second).toBeEnabled();
    expect(screen.getByText('Niveau : 2 sur 3')).toBeInTheDocument();
  });

  it('saves the draft with the gate answers, then submits', async () => {
    const saved = { id: 1, assignmentId: 9, status: 'DRAFT', scores: [], version: 0, updatedAt: '2026-11-29T10:00:00Z' };
    const { calls } = mockApi({
      'GET /api/jury/assignments/{id}': assignment(false),
      'PUT /api/jury/assignments/{id}/evaluation': saved,
      'POST /api/jury/assignments/{id}/evaluation/submit': { ...saved, status: 'SUBMITTED', rawScore: 75 },
      'GET /api/reference/regions': [], 'GET /api/reference/school-levels': [],
    });
    renderRoute('/jury/assignments/9', { as: account('JURY') });
    expect(await screen.findByText('Amina Secret')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Les TIC sont utilisées' }));
    await userEvent.type(screen.getByLabelText('Note (0 à 10)'), '7');
    await userEvent.click(screen.getByRole('button', { name: 'Soumettre mon évaluation' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Confirmer et soumettre' }));
    await waitFor(() => expect(calls.some((c) => c.path === '/api/jury/assignments/9/evaluation/submit')).toBe(true));
    const put = calls.find((c) => c.method === 'PUT');
    expect(put?.body).toMatchObject({ scores: [{ criterionCode: 'ICT', gates: [true, false] }, { criterionCode: 'EXTRA', score: 7 }] });
  });
});

describe('administration', () => {
  it('explains the next lifecycle step and performs it once confirmed', async () => {
    let current = edition();
    const { calls } = mockApi({
      'GET /api/editions/{id}': () => current,
      'GET /api/editions/{id}/criteria': criteria(),
      'GET /api/editions/{id}/transitions/preview': preview({ enteringReview: 2 }),
      'POST /api/editions/{id}/transitions': () => {
        current = edition({ status: 'EVALUATION', nextStatus: 'DELIBERATION', version: 2 });
        return current;
      },
    });
    renderRoute('/admin/editions/3', { as: account('ADMIN') });
    const button = await screen.findByRole('button', { name: 'Clore l’appel et lancer l’évaluation' });
    expect(button).toHaveAccessibleDescription(/chaque projet soumis passe en évaluation/);
    await userEvent.click(button);
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Confirmer' }));
    expect(await screen.findByRole('button', { name: 'Clore l’évaluation et délibérer' })).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ to: 'EVALUATION' });
  });

  it('shows raw and normalised scores side by side and flags disagreement', async () => {
    const { calls } = mockApi({
      'GET /api/editions/{id}': edition({ status: 'EVALUATION', nextStatus: 'DELIBERATION' }),
      'GET /api/editions/{id}/ranking': {
        editionId: 3, disagreementThreshold: 20,
        items: [
          { rank: 1, submissionId: 5, title: 'Robotique', authorName: 'Amina', rawScore: 64.2, normalizedScore: 70.1, evaluations: 2, assigned: 2, spread: 41.5, disagreement: true },
          { rank: 2, submissionId: 6, title: 'Maths', authorName: 'Hassan', rawScore: 60, normalizedScore: 58.3, evaluations: 2, assigned: 2, spread: 3, disagreement: false },
        ],
      },
      'GET /api/editions/{id}/severity': [{ juror: { id: 1, firstName: 'Karim', lastName: 'J' }, evaluations: 2, meanScore: 80, stdDev: 2, deviation: 12, tendency: 'LENIENT' }],
      'GET /api/editions/{id}/assignments/candidates': {
        submissionId: 5, title: 'Robotique', jurorsPerProject: 2, assigned: 2, submitted: 2,
        jurors: [{ juror: { id: 4, firstName: 'Youssef', lastName: 'T' }, load: 1, conflicts: 0, eligible: true, reasons: [] }],
      },
      'POST /api/editions/{id}/ranking/{sid}/extra-juror': { id: 30, editionId: 3, submissionId: 5, submissionTitle: 'Robotique', juror: { id: 4, firstName: 'Youssef', lastName: 'T' }, origin: 'EXTRA', evaluationStatus: 'NOT_STARTED', createdAt: '2026-11-29T10:00:00Z' },
    });
    renderRoute('/admin/editions/3/ranking', { as: account('ADMIN') });
    const row = (await screen.findByRole('rowheader', { name: 'Robotique' })).closest('tr')!;
    expect(within(row).getByText('64,2')).toBeInTheDocument();
    expect(within(row).getByText('70,1')).toBeInTheDocument();
    expect(within(row).getByText(/désaccord/)).toBeInTheDocument();
    const other = screen.getByRole('rowheader', { name: 'Maths' }).closest('tr')!;
    expect(within(other).queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getByText('Indulgent')).toBeInTheDocument();
    await userEvent.click(within(row).getByRole('button', { name: 'Ajouter un juré pour « Robotique »' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Affecter Youssef T à « Robotique »' }));
    expect(await screen.findByText('Youssef T est affecté·e à « Robotique ».')).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'POST')).toMatchObject({ path: '/api/editions/3/ranking/5/extra-juror', body: { jurorId: 4 } });
  });

  it('corrects a published certificate: only the fields filled in and the reason are sent', async () => {
    const { calls } = mockApi({
      'GET /api/editions/{id}': edition({ status: 'PUBLISHED', nextStatus: 'ARCHIVED' }),
      'GET /api/editions/{id}/awards': [{ id: 7, editionId: 3, submissionId: 5, kind: 'WINNER', rank: 1, title: 'Robotique', authorName: 'Amina B.', version: 0, updatedAt: '2026-11-29T10:00:00Z' }],
      'POST /api/submissions/{id}/certificate/reissue': {
        revokedCode: 'M6B2J-VQAQ2-22M3S-Q257E-PZD6Y',
        certificate: { code: 'K7TQ3-0ZZ9X-4R5M1-8HBC2-D3NWA', kind: 'WINNER', holderFirstName: 'Amina', holderLastName: 'Bennani', projectTitle: 'Robotique', editionNumber: 22, editionYear: 2026, editionTitle: '22e', issuedAt: '2026-12-01T10:00:00Z' },
      },
    });
    renderRoute('/admin/editions/3/awards', { as: account('ADMIN') });
    const row = (await screen.findByRole('rowheader', { name: /Robotique/ })).closest('tr')!;
    await userEvent.click(within(row).getByText('Corriger le certificat'));
    await userEvent.type(within(row).getByLabelText('Nom'), 'Bennani');
    await userEvent.type(within(row).getByLabelText('Motif de la correction'), 'Faute de frappe');
    await userEvent.click(within(row).getByRole('button', { name: 'Révoquer et délivrer à nouveau' }));
    expect(await screen.findByText(/Nouveau certificat délivré : K7TQ3-0ZZ9X-4R5M1-8HBC2-D3NWA/)).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'POST')).toMatchObject({
      path: '/api/submissions/5/certificate/reissue', body: { lastName: 'Bennani', reason: 'Faute de frappe' },
    });
  });
});
