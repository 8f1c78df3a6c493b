import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi } from '@/testing/api-mock';
import { account, renderRoute } from '@/testing/render';
import { edition } from '@/testing/fixtures';

const entry = (submissionId: number, rank: number, title: string, extra: Record<string, unknown>) => ({
  rank, submissionId, title, authorName: 'Prof', rawScore: 60, normalizedScore: 60, evaluations: 1, assigned: 2, active: 2,
  missingEvaluations: 1, understaffed: false, spread: 0, disagreement: false, ...extra,
});

function mockRanking(status: 'EVALUATION' | 'DELIBERATION') {
  return mockApi({
    'GET /api/editions/{id}': edition({ status, nextStatus: status === 'EVALUATION' ? 'DELIBERATION' : 'PUBLISHED' }),
    'GET /api/editions/{id}/ranking': {
      editionId: 3, disagreementThreshold: 20, jurorsPerProject: 2,
      items: [entry(5, 1, 'Robotique', { assigned: 1, active: 1, understaffed: true }), entry(6, 2, 'Maths au souk', {})],
    },
    'GET /api/editions/{id}/severity': [],
    'GET /api/editions/{id}/assignments/candidates': {
      submissionId: 5, title: 'Robotique', jurorsPerProject: 2, assigned: 1, submitted: 1,
      jurors: [
        { juror: { id: 4, firstName: 'Youssef', lastName: 'Tazi' }, load: 3, conflicts: 0, eligible: true, reasons: [] },
        { juror: { id: 2, firstName: 'Salma', lastName: 'Idrissi' }, load: 0, conflicts: 1, eligible: false, reasons: ['DECLARED'], declaredReason: 'Je connais l’enseignante' },
      ],
    },
    'POST /api/editions/{id}/assignments': { id: 40, editionId: 3, submissionId: 5, submissionTitle: 'Robotique', juror: { id: 4, firstName: 'Youssef', lastName: 'Tazi' }, origin: 'MANUAL', evaluationStatus: 'NOT_STARTED', createdAt: '2026-11-29T10:00:00Z' },
  });
}

const rowOf = async (name: string) => (await screen.findByRole('rowheader', { name })).closest('tr')!;

describe('understaffed projects in the ranking', () => {
  it('flags the understaffed project and adds the juror the admin chose among the eligible ones', async () => {
    const { calls } = mockRanking('EVALUATION');
    renderRoute('/admin/editions/3/ranking', { as: account('ADMIN') });
    const row = await rowOf('Robotique');
    expect(within(row).getByText(/sous-effectif : 1 évaluation manquante sur 2/)).toBeInTheDocument();
    const other = await rowOf('Maths au souk');
    expect(within(other).queryByText(/sous-effectif/)).not.toBeInTheDocument();
    expect(within(other).queryByRole('button')).not.toBeInTheDocument();

    await userEvent.click(within(row).getByRole('button', { name: 'Ajouter un juré pour « Robotique »' }));
    const salma = await rowOf('Salma Idrissi');
    expect(within(salma).getByText('Conflit déclaré : Je connais l’enseignante')).toBeInTheDocument();
    expect(within(salma).queryByRole('button')).not.toBeInTheDocument();
    const youssef = await rowOf('Youssef Tazi');
    expect(within(youssef).getByText('3 projets')).toBeInTheDocument();
    await userEvent.click(within(youssef).getByRole('button', { name: 'Affecter Youssef Tazi à « Robotique »' }));
    expect(await screen.findByText('Youssef Tazi est affecté·e à « Robotique ».')).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'POST')).toMatchObject({ path: '/api/editions/3/assignments', body: { submissionId: 5, jurorId: 4 } });
  });

  it('still flags it in deliberation, without offering a juror', async () => {
    mockRanking('DELIBERATION');
    renderRoute('/admin/editions/3/ranking', { as: account('ADMIN') });
    const row = await rowOf('Robotique');
    expect(within(row).getByText(/sous-effectif/)).toBeInTheDocument();
    expect(within(row).queryByRole('button')).not.toBeInTheDocument();
  });
});
