import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi } from '@/testing/api-mock';
import { account, renderRoute } from '@/testing/render';
import { edition } from '@/testing/fixtures';
import type { components } from '@/lib/api/schema';

type S = components['schemas'];

const CHECKLIST: S['ChecklistItem'][] = [
  { fr: 'Réalisé dans une classe marocaine cette année', ar: 'أنجز في قسم مغربي', en: 'Carried out in a Moroccan class' },
  { fr: 'Preuves jointes' },
];

const entry = (extra: Partial<S['ScreeningEntry']> = {}): S['ScreeningEntry'] => ({
  submissionId: 5, title: 'Robotique au collège', authorName: 'Amina Bennani', schoolName: 'Collège Al Massira', regionCode: 'MA-04',
  status: 'SUBMITTED', attachmentCount: 2, submittedAt: '2026-11-20T10:00:00Z', ...extra,
});

const queue = (items: S['ScreeningEntry'][], progress: S['RegionScreeningProgress'][]): S['ScreeningQueue'] => ({
  editionId: 3, checklist: CHECKLIST, items, page: 0, size: 20, total: items.length, progress,
});

const REGIONS = [
  { code: 'MA-01', name: { fr: 'Tanger-Tétouan-Al Hoceïma', ar: 'طنجة تطوان الحسيمة', en: 'Tanger-Tétouan-Al Hoceïma' }, academy: { fr: 'AREF Tanger-Tétouan-Al Hoceïma', ar: 'أكاديمية طنجة', en: 'AREF Tanger' } },
  { code: 'MA-04', name: { fr: 'Rabat-Salé-Kénitra', ar: 'الرباط سلا القنيطرة', en: 'Rabat-Salé-Kénitra' }, academy: { fr: 'AREF Rabat-Salé-Kénitra', ar: 'أكاديمية الرباط', en: 'AREF Rabat' } },
];

describe('screening form', () => {
  it('requires a reason before declaring a project ineligible, then sends the answers, the outcome and the reason', async () => {
    const { calls } = mockApi({
      'GET /api/editions/{id}': edition({ id: 3, status: 'OPEN', nextStatus: 'EVALUATION' }),
      'GET /api/editions/{id}/screening-checklist': { editionId: 3, editable: true, items: CHECKLIST },
      'GET /api/editions/{id}/screening': queue([entry()], [{ regionCode: 'MA-04', total: 1, screened: 0, eligible: 0, ineligible: 0 }]),
      'PUT /api/submissions/{id}/screening': entry({ status: 'INELIGIBLE', screening: { outcome: 'INELIGIBLE', answers: [true, false], reason: 'Aucune preuve jointe.', screenedAt: '2026-11-21T10:00:00Z', version: 0 } }),
      'GET /api/reference/regions': REGIONS,
    });
    renderRoute('/admin/editions/3/screening', { as: account('ADMIN') });
    await userEvent.click(await screen.findByRole('button', { name: 'Examiner « Robotique au collège »' }));
    const form = screen.getByRole('form', { name: 'Recevabilité de « Robotique au collège »' });
    await userEvent.click(within(form).getByLabelText('Preuves jointes'));
    await userEvent.click(within(form).getByLabelText('Non recevable'));
    await userEvent.click(within(form).getByRole('button', { name: 'Enregistrer l’examen' }));
    expect(await within(form).findByText('Indiquez le motif : l’enseignant·e le recevra.')).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'PUT')).toBe(false);

    await userEvent.type(within(form).getByLabelText('Motif (communiqué à l’enseignant·e)'), 'Aucune preuve jointe.');
    await userEvent.click(within(form).getByRole('button', { name: 'Enregistrer l’examen' }));
    await waitFor(() => expect(calls.find((c) => c.method === 'PUT')).toMatchObject({
      path: '/api/submissions/5/screening', body: { outcome: 'INELIGIBLE', answers: [true, false], reason: 'Aucune preuve jointe.' },
    }));
    expect(calls.find((c) => c.method === 'PUT')!.body).not.toHaveProperty('version');
  });

  it('sends the version of the screening it changes and no reason for an eligible project', async () => {
    const screened = entry({ status: 'INELIGIBLE', screening: { outcome: 'INELIGIBLE', answers: [true, false], reason: 'Pas de preuves', screenedBy: 'Karim Alami', screenedAt: '2026-11-21T10:00:00Z', version: 2 } });
    const { calls } = mockApi({
      'GET /api/editions/{id}': edition({ id: 3, status: 'OPEN', nextStatus: 'EVALUATION' }),
      'GET /api/editions/{id}/screening-checklist': { editionId: 3, editable: true, items: CHECKLIST },
      'GET /api/editions/{id}/screening': queue([screened], [{ regionCode: 'MA-04', total: 1, screened: 1, eligible: 0, ineligible: 1 }]),
      'PUT /api/submissions/{id}/screening': entry({ screening: { outcome: 'ELIGIBLE', answers: [true, true], screenedAt: '2026-11-22T10:00:00Z', version: 3 } }),
      'GET /api/reference/regions': REGIONS,
    });
    renderRoute('/admin/editions/3/screening', { as: account('ADMIN') });
    expect(await screen.findByText('Motif : Pas de preuves')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Examiner « Robotique au collège »' }));
    const form = screen.getByRole('form', { name: 'Recevabilité de « Robotique au collège »' });
    await userEvent.click(within(form).getByLabelText('Preuves jointes'));
    await userEvent.click(within(form).getByLabelText('Recevable'));
    await userEvent.click(within(form).getByRole('button', { name: 'Enregistrer l’examen' }));
    await waitFor(() => expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({ outcome: 'ELIGIBLE', answers: [true, true], version: 2 }));
  });
});

describe('regional coordinator', () => {
  it('lands on its region’s space and sees only its region’s queue, with no region to choose', async () => {
    const { calls } = mockApi({
      'GET /api/coordinator/dashboard': {
        regionCode: 'MA-04', academy: REGIONS[1].academy,
        edition: { id: 3, number: 22, year: 2026, title: 'Enseignants Innovants 2026', status: 'OPEN', screeningEnabled: true },
        projects: { submitted: 1, screened: 0, pending: 1, eligible: 0, ineligible: 0 }, jurors: { total: 4, enabled: 3 },
      },
      'GET /api/editions/{id}/screening': (req: Request) => {
        const region = new URL(req.url).searchParams.get('region');
        // The server scopes a coordinator to its region; asking for another would be refused.
        if (region && region !== 'MA-04') return new Response(null, { status: 403 });
        return queue([entry()], [{ regionCode: 'MA-04', total: 1, screened: 0, eligible: 0, ineligible: 0 }]);
      },
      'GET /api/accounts': { items: [account('JURY', { id: 11, email: 'jure@rabat.ma', regionCode: 'MA-04' })], page: 0, size: 20, total: 1 },
      'GET /api/reference/regions': REGIONS,
    });
    renderRoute('/coordinator', { as: account('COORDINATOR', { regionCode: 'MA-04' }) });
    expect(await screen.findByRole('heading', { name: 'Coordination régionale — AREF Rabat-Salé-Kénitra', level: 1 })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Examiner « Robotique au collège »' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ma région' })).toBeInTheDocument();
    const queueSection = screen.getByRole('region', { name: 'Examen de recevabilité' });
    expect(within(queueSection).queryByLabelText('Région')).not.toBeInTheDocument();
    const progress = within(queueSection).getByRole('table', { name: 'Avancement par région' });
    expect(within(progress).getAllByRole('row')).toHaveLength(2);
    expect(within(progress).getByRole('rowheader', { name: 'Rabat-Salé-Kénitra' })).toBeInTheDocument();
    const queueCalls = calls.filter((c) => c.path === '/api/editions/3/screening');
    expect(queueCalls.length).toBeGreaterThan(0);
    expect(await screen.findByText(/jure@rabat\.ma/)).toBeInTheDocument();
    expect(screen.getByText('3 actifs sur 4')).toBeInTheDocument();
  });
});
