import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi, problem } from '@/testing/api-mock';
import { account, renderRoute } from '@/testing/render';
import type { Submission } from '@/lib/api/types';

function submission(extra: Partial<Submission> = {}): Submission {
  return {
    id: 5, edition: { id: 3, number: 22, year: 2026, title: '22e édition', status: 'OPEN', submissionsCloseAt: '2099-03-31T22:59:00Z' },
    author: { id: 7, firstName: 'Amina', lastName: 'Test' }, title: 'Robotique', coAuthors: [], technologies: [], status: 'DRAFT',
    editable: true, missingForSubmission: ['summary', 'technologies'], attachments: [], evidenceShowsPupils: false, parentalAuthorisationsHeld: false, authorisations: [], version: 1,
    createdAt: '2026-10-02T10:00:00Z', updatedAt: '2026-10-02T10:00:00Z', ...extra,
  };
}

const reference = { 'GET /api/reference/regions': [], 'GET /api/reference/school-levels': [] };

describe('a teacher’s project', () => {
  it('saves the draft by itself a moment after typing, with the version read', async () => {
    let version = 1;
    const { calls } = mockApi({
      ...reference,
      'GET /api/submissions/{id}': submission(),
      'PUT /api/submissions/{id}': async (request: Request) => {
        const body = await request.json();
        version += 1;
        return submission({ ...body, version, coAuthors: body.coAuthors, technologies: body.technologies });
      },
    });
    renderRoute('/teacher/submissions/5', { as: account('TEACHER') });
    await userEvent.type(await screen.findByLabelText('Résumé'), 'Un robot trieur');
    await userEvent.type(screen.getByLabelText('Technologies utilisées'), 'Arduino{enter}Scratch');
    expect(await screen.findByText(/^Enregistré \(/, {}, { timeout: 5000 })).toBeInTheDocument();
    const put = calls.filter((c) => c.method === 'PUT');
    expect(put).toHaveLength(1);
    expect(put[0].body).toMatchObject({ title: 'Robotique', summary: 'Un robot trieur', technologies: ['Arduino', 'Scratch'], version: 1 });
  });

  it('lists what is missing and shows the 422 of a premature submission in French', async () => {
    mockApi({
      ...reference,
      'GET /api/submissions/{id}': submission(),
      'POST /api/submissions/{id}/submit': problem(422, 'incomplete-submission', { errors: [{ field: 'summary', message: 'required' }] }),
    });
    renderRoute('/teacher/submissions/5', { as: account('TEACHER') });
    expect(await screen.findByText('Pour soumettre, complétez :')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Soumettre mon projet' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Le projet est incomplet. Il manque :');
    expect(alert).toHaveTextContent('Résumé');
  });

  it('shows the result, the jury’s feedback and the certificate once published', async () => {
    mockApi({
      ...reference,
      'GET /api/submissions/{id}': submission({ status: 'LAUREATE', editable: false, missingForSubmission: [] }),
      'GET /api/submissions/{id}/result': {
        submissionId: 5, status: 'LAUREATE', award: { kind: 'LAUREATE', rank: 3, citation: 'Pour son audace' },
        feedback: ['Très beau travail.'], criteria: [{ code: 'ICT', label: { fr: 'Usage des TIC', ar: 'ت', en: 'ICT' }, mean: 4.5, scaleMin: 1, scaleMax: 5 }],
        certificateAvailable: true,
      },
    });
    renderRoute('/teacher/submissions/5', { as: account('TEACHER') });
    expect(await screen.findByText('Lauréat — rang 3')).toBeInTheDocument();
    expect(screen.getByText('Très beau travail.')).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: 'Usage des TIC' })).toBeInTheDocument();
    expect(screen.getByText('4,5')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Télécharger mon certificat (PDF)' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Soumettre mon projet' })).not.toBeInTheDocument();
    expect(screen.getByLabelText('Résumé')).toHaveAttribute('readonly');
  });

  it('starts a project in the open call from the teacher’s space', async () => {
    const { calls } = mockApi({
      'GET /api/me/submissions': [],
      'GET /api/editions/current': { id: 3, number: 22, year: 2026, title: '22e édition', status: 'OPEN', acceptingSubmissions: true, submissionsCloseAt: '2099-03-31T22:59:00Z' },
      'POST /api/editions/{id}/submissions': submission({ title: 'Mon projet' }),
      ...reference,
      'GET /api/submissions/{id}': submission({ title: 'Mon projet' }),
    });
    const { location } = renderRoute('/teacher', { as: account('TEACHER') });
    await userEvent.type(await screen.findByLabelText('Titre du projet'), 'Mon projet');
    await userEvent.click(screen.getByRole('button', { name: 'Commencer mon projet' }));
    await waitFor(() => expect(location().pathname).toBe('/teacher/submissions/5'));
    expect(calls.find((c) => c.method === 'POST')).toMatchObject({ path: '/api/editions/3/submissions', body: { title: 'Mon projet' } });
  });
});
